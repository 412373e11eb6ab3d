// The configuration rules, each with its message naming the field and the rule.
#include "model/validation.h"

#include <QtTest>

using namespace lambdesk;

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void functionName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("simple") << QStringLiteral("hello") << true << QString();
        QTest::newRow("dash underscore digits") << QStringLiteral("my-func_2") << true << QString();
        QTest::newRow("64 chars") << QString(64, u'a') << true << QString();
        QTest::newRow("65 chars") << QString(65, u'a') << false << QStringLiteral("at most 64");
        QTest::newRow("empty") << QString() << false << QStringLiteral("required");
        QTest::newRow("space") << QStringLiteral("my func") << false << QStringLiteral("letters, digits");
        QTest::newRow("dot") << QStringLiteral("a.b") << false << QStringLiteral("letters, digits");
        QTest::newRow("slash") << QStringLiteral("../x") << false << QStringLiteral("letters, digits");
        QTest::newRow("unicode") << QStringLiteral("café") << false << QStringLiteral("letters, digits");
    }
    void functionName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        const auto e = validation::functionName(name);
        QCOMPARE(!e.has_value(), valid);
        if (e) {
            QCOMPARE(e->field, QStringLiteral("FunctionName"));
            QVERIFY2(e->message.startsWith(QLatin1String("FunctionName")), qPrintable(e->message));
            QVERIFY2(e->message.contains(mentions), qPrintable(e->message));
            QCOMPARE(e->kind, Error::Kind::InvalidParameter);
        }
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("valid");
        for (auto [v, ok] : {std::pair{127, false},
                             {128, true},
                             {129, true},
                             {1769, true},
                             {10240, true},
                             {10241, false},
                             {0, false},
                             {-1, false}})
            QTest::addRow("memory %d", v) << QStringLiteral("MemorySize") << v << ok;
        for (auto [v, ok] : {std::pair{0, false}, {1, true}, {3, true}, {900, true}, {901, false}})
            QTest::addRow("timeout %d", v) << QStringLiteral("Timeout") << v << ok;
        for (auto [v, ok] : {std::pair{511, false}, {512, true}, {10240, true}, {10241, false}})
            QTest::addRow("ephemeral %d", v) << QStringLiteral("EphemeralStorage.Size") << v << ok;
    }
    void ranges()
    {
        QFETCH(QString, field);
        QFETCH(int, value);
        QFETCH(bool, valid);
        validation::Check e;
        if (field == u"MemorySize")
            e = validation::memorySize(value);
        else if (field == u"Timeout")
            e = validation::timeout(value);
        else
            e = validation::ephemeralStorage(value);
        QCOMPARE(!e.has_value(), valid);
        if (e) {
            QCOMPARE(e->field, field);
            QVERIFY2(e->message.startsWith(field), qPrintable(e->message));
            QVERIFY2(e->message.contains(QStringLiteral("got %1").arg(value)), qPrintable(e->message));
            QVERIFY2(e->message.contains(QLatin1String(" from ")), qPrintable(e->message)); // states the range
        }
    }

    void handler_data()
    {
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<QString>("handler");
        QTest::addColumn<bool>("valid");
        QTest::newRow("python ok") << "python3.11"
                                   << "lambda_function.lambda_handler" << true;
        QTest::newRow("python folder") << "python3.11"
                                       << "src/app.handler" << true;
        QTest::newRow("python package") << "python3.11"
                                        << "pkg.mod.handler" << true;
        QTest::newRow("python no dot") << "python3.11"
                                       << "lambda_handler" << false;
        QTest::newRow("python trailing dot") << "python3.11"
                                             << "app." << false;
        QTest::newRow("python space") << "python3.11"
                                      << "app. handler" << false;
        QTest::newRow("python digit function") << "python3.11"
                                               << "app.1x" << false;
        QTest::newRow("node ok") << "nodejs20.x"
                                 << "index.handler" << true;
        QTest::newRow("node nested") << "nodejs20.x"
                                     << "src/index.handlers.main" << true;
        QTest::newRow("node no function") << "nodejs20.x"
                                          << "index" << false;
        QTest::newRow("provided any") << "provided.al2023"
                                      << "function.handler" << true;
        QTest::newRow("provided free form") << "provided"
                                            << "anything-goes" << true;
        QTest::newRow("empty") << "python3.11"
                               << "" << false;
        QTest::newRow("too long") << "provided" << QString(129, u'x') << false;
    }
    void handler()
    {
        QFETCH(QString, runtime);
        QFETCH(QString, handler);
        QFETCH(bool, valid);
        const auto e = validation::handler(runtime, handler);
        QCOMPARE(!e.has_value(), valid);
        if (e) {
            QCOMPARE(e->field, QStringLiteral("Handler"));
            QVERIFY2(e->message.startsWith(QLatin1String("Handler")), qPrintable(e->message));
        }
    }

    void environmentKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("plain") << "TABLE_NAME"
                               << "";
        QTest::newRow("one letter") << "X"
                                    << "";
        QTest::newRow("lower") << "debug_level2"
                               << "";
        QTest::newRow("leading digit") << "1KEY"
                                       << "must start with a letter";
        QTest::newRow("leading underscore") << "_KEY"
                                            << "must start with a letter";
        QTest::newRow("dash") << "MY-KEY"
                              << "must start with a letter";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("reserved region") << "AWS_REGION"
                                         << "reserved";
        QTest::newRow("reserved handler") << "_HANDLER"
                                          << "must start with a letter";
        QTest::newRow("reserved task root") << "LAMBDA_TASK_ROOT"
                                            << "reserved";
        QTest::newRow("reserved runtime api") << "AWS_LAMBDA_RUNTIME_API"
                                              << "reserved";
        QTest::newRow("reserved key id") << "AWS_ACCESS_KEY_ID"
                                         << "reserved";
        QTest::newRow("not reserved lookalike") << "AWS_REGION_NAME"
                                                << "";
    }
    void environmentKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const auto e = validation::environmentKey(key);
        QCOMPARE(e.has_value(), !problem.isEmpty());
        if (e) {
            QCOMPARE(e->field, QStringLiteral("Environment.Variables"));
            QVERIFY2(e->message.contains(problem), qPrintable(e->message));
        }
    }

    void environmentBudget()
    {
        QMap<QString, QString> vars;
        vars.insert(QStringLiteral("A"), QString(4095, u'v')); // 1 + 4095 = 4096 bytes: fits exactly
        QCOMPARE(validation::environmentSize(vars), 4096);
        QVERIFY(!validation::environment(vars));
        vars.insert(QStringLiteral("B"), QString()); // 4097
        const auto e = validation::environment(vars);
        QVERIFY(e);
        QVERIFY2(e->message.contains(QLatin1String("4097")) && e->message.contains(QLatin1String("4 KB")),
                 qPrintable(e->message));
        // Multi-byte characters count as their UTF-8 bytes.
        QCOMPARE(validation::environmentSize({{QStringLiteral("K"), QStringLiteral("é€")}}), 1 + 2 + 3);
    }

    void environmentValueWithNul()
    {
        QMap<QString, QString> vars;
        vars.insert(QStringLiteral("GOOD"), QStringLiteral("fine"));
        vars.insert(QStringLiteral("SECRET"), QStringLiteral("abc") + QChar(u'\0') + QStringLiteral("LD_PRELOAD=x"));
        const auto e = validation::environment(vars);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("Environment.Variables"));
        QVERIFY2(e->message.contains(QLatin1String("SECRET")) && e->message.contains(QLatin1String("NUL")),
                 qPrintable(e->message));
        lambdesk::FunctionConfig c;
        c.name = QStringLiteral("fn");
        c.runtime = QStringLiteral("python3.11");
        c.handler = QStringLiteral("app.handler");
        c.environment = vars;
        QCOMPARE(validation::config(c).size(), 1);
        vars.remove(QStringLiteral("SECRET"));
        QVERIFY(!validation::environment(vars));
    }

    void eventName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "my-event" << true;
        QTest::newRow("dots") << "s3.put_1" << true;
        QTest::newRow("25") << QString(25, u'e') << true;
        QTest::newRow("26") << QString(26, u'e') << false;
        QTest::newRow("space") << "my event" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("empty") << "" << false;
    }
    void eventName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(!validation::eventName(name).has_value(), valid);
    }

    void region_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("valid");
        QTest::newRow("us-east-1") << QStringLiteral("us-east-1") << true;
        QTest::newRow("ap-southeast-2") << QStringLiteral("ap-southeast-2") << true;
        QTest::newRow("us-gov-west-1") << QStringLiteral("us-gov-west-1") << true;
        QTest::newRow("il-central-1") << QStringLiteral("il-central-1") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << QStringLiteral("US-EAST-1") << false;
        QTest::newRow("no number") << QStringLiteral("us-east") << false;
        QTest::newRow("one part") << QStringLiteral("mars-1") << false;
        QTest::newRow("spaces") << QStringLiteral(" us-east-1") << false;
    }
    void region()
    {
        QFETCH(QString, region);
        QFETCH(bool, valid);
        const auto e = validation::region(region);
        QCOMPARE(!e.has_value(), valid);
        if (e) {
            QCOMPARE(e->field, QStringLiteral("Region"));
            QVERIFY2(e->message.contains(QLatin1String("us-east-1, eu-west-3")), qPrintable(e->message));
        }
    }
    void logging_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("application");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::addColumn<QString>("says");
        const QString json = QStringLiteral("JSON"), text = QStringLiteral("Text");
        QTest::newRow("Text, defaults") << text << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("JSON, defaults") << json << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("JSON with levels") << json << QStringLiteral("TRACE") << QStringLiteral("WARN")
                                          << QStringLiteral("/aws/lambda/custom_group-1.#x") << QString() << QString();
        QTest::newRow("format in lower case")
            << QStringLiteral("json") << QString() << QString() << QString()
            << QStringLiteral("LoggingConfig.LogFormat") << QStringLiteral("must be one of Text, JSON; got 'json'");
        QTest::newRow("application level with Text")
            << text << QStringLiteral("WARN") << QString() << QString()
            << QStringLiteral("LoggingConfig.ApplicationLogLevel")
            << QStringLiteral("can be set only when LoggingConfig.LogFormat is JSON");
        QTest::newRow("system level with Text")
            << text << QString() << QStringLiteral("DEBUG") << QString()
            << QStringLiteral("LoggingConfig.SystemLogLevel")
            << QStringLiteral("can be set only when LoggingConfig.LogFormat is JSON");
        QTest::newRow("unknown application level")
            << json << QStringLiteral("VERBOSE") << QString() << QString()
            << QStringLiteral("LoggingConfig.ApplicationLogLevel")
            << QStringLiteral("must be one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL; got 'VERBOSE'");
        QTest::newRow("TRACE is no system level") << json << QString() << QStringLiteral("TRACE") << QString()
                                                  << QStringLiteral("LoggingConfig.SystemLogLevel")
                                                  << QStringLiteral("must be one of DEBUG, INFO, WARN; got 'TRACE'");
        QTest::newRow("log group with a space")
            << text << QString() << QString() << QStringLiteral("my group") << QStringLiteral("LoggingConfig.LogGroup")
            << QStringLiteral("must be 1 to 512 letters, digits, or . - _ / #");
        QTest::newRow("log group too long")
            << text << QString() << QString() << QString(513, u'g') << QStringLiteral("LoggingConfig.LogGroup")
            << QStringLiteral("must be 1 to 512");
        QTest::newRow("log group of 512")
            << text << QString() << QString() << QString(512, u'g') << QString() << QString();
    }
    void logging()
    {
        QFETCH(QString, field);
        QFETCH(QString, says);
        LoggingConfig c;
        QFETCH(QString, format);
        c.logFormat = format;
        QFETCH(QString, application);
        c.applicationLogLevel = application;
        QFETCH(QString, system);
        c.systemLogLevel = system;
        QFETCH(QString, group);
        c.logGroup = group;
        const auto e = validation::logging(c);
        QCOMPARE(e ? e->field : QString(), field);
        if (e)
            QVERIFY2(e->message.startsWith(field + u' ') && e->message.contains(says), qPrintable(e->message));
    }
    void loggingDefaults()
    {
        LoggingConfig c;
        QCOMPARE(c.effectiveApplicationLogLevel(), QString()); // Text: no filter
        QCOMPARE(c.effectiveLogGroup(QStringLiteral("f")), QStringLiteral("/aws/lambda/f"));
        c.logFormat = QStringLiteral("JSON");
        QCOMPARE(c.effectiveApplicationLogLevel(), QStringLiteral("INFO")); // AWS's defaults with JSON
        QCOMPARE(c.effectiveSystemLogLevel(), QStringLiteral("INFO"));
        // Stored and read back with the rest of the configuration.
        c.applicationLogLevel = QStringLiteral("WARN");
        c.logGroup = QStringLiteral("/custom");
        FunctionConfig f;
        f.logging = c;
        QCOMPARE(FunctionConfig::fromJson(f.toJson()).logging, c);
        QCOMPARE(FunctionConfig::fromJson(FunctionConfig().toJson()).logging, LoggingConfig());
    }
    void wholeConfig()
    {
        FunctionConfig c;
        c.name = QStringLiteral("ok");
        c.runtime = QStringLiteral("python3.11");
        c.handler = QStringLiteral("app.handler");
        QVERIFY(validation::config(c).isEmpty());
        c.memorySize = 64;
        c.timeout = 1000;
        c.runtime = QStringLiteral("cobol85");
        c.description = QString(300, u'd');
        const QList<Error> errors = validation::config(c);
        QStringList fields;
        for (const Error &e : errors)
            fields << e.field;
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("Runtime"), QStringLiteral("MemorySize"), QStringLiteral("Timeout"),
                              QStringLiteral("Description")}));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

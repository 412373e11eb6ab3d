// CloudWatch Logs filter patterns (core/logs/filterpattern.h) against a table of AWS's documented
// examples (the CloudWatch Logs user guide's "Filter pattern syntax" page and the FilterLogEvents
// reference): the same pattern matched against the same events gives AWS's answer.
#include "logs/filterpattern.h"

#include <QTest>

using lambdesk::logs::FilterPattern;

class TestFilterPattern : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void rejects_data();
    void rejects();
    void candidates_data();
    void candidates();
};

void TestFilterPattern::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("event");
    QTest::addColumn<bool>("expected");

    // Unstructured terms (case-sensitive; every term must occur).
    const QString e1 = QStringLiteral("[ERROR 400] BAD REQUEST");
    const QString e2 = QStringLiteral("[ERROR 401] UNAUTHORIZED REQUEST");
    const QString e3 = QStringLiteral("[WARNING 400] BAD REQUEST");
    const QString e4 = QStringLiteral("[INFO 200] OK");
    const QString e5 = QStringLiteral("[SUCCESS 200] OK");
    QTest::newRow("empty pattern matches all") << QString() << e4 << true;
    QTest::newRow("\"\" matches all") << QStringLiteral("\"\"") << e4 << true;
    QTest::newRow("ERROR in error") << QStringLiteral("ERROR") << e1 << true;
    QTest::newRow("ERROR not in warning") << QStringLiteral("ERROR") << e3 << false;
    QTest::newRow("terms are case-sensitive") << QStringLiteral("error") << e1 << false;
    QTest::newRow("ERROR 400 both") << QStringLiteral("ERROR 400") << e1 << true;
    QTest::newRow("ERROR 400 only one") << QStringLiteral("ERROR 400") << e2 << false;
    QTest::newRow("ERROR 400 other") << QStringLiteral("ERROR 400") << e3 << false;
    QTest::newRow("?ERROR ?WARNING error") << QStringLiteral("?ERROR ?WARNING") << e1 << true;
    QTest::newRow("?ERROR ?WARNING warning") << QStringLiteral("?ERROR ?WARNING") << e3 << true;
    QTest::newRow("?ERROR ?WARNING info") << QStringLiteral("?ERROR ?WARNING") << e4 << false;
    QTest::newRow("exclude: ERROR -401 on 400") << QStringLiteral("ERROR -401") << e1 << true;
    QTest::newRow("exclude: ERROR -401 on 401") << QStringLiteral("ERROR -401") << e2 << false;
    QTest::newRow("exclude: -ERROR on info") << QStringLiteral("-ERROR") << e5 << true;
    QTest::newRow("exclude: -ERROR on error") << QStringLiteral("-ERROR") << e1 << false;
    QTest::newRow("quoted phrase matches") << QStringLiteral("\"BAD REQUEST\"") << e1 << true;
    QTest::newRow("quoted phrase, words apart")
        << QStringLiteral("\"BAD REQUEST\"") << QStringLiteral("BAD UNAUTHORIZED REQUEST") << false;
    QTest::newRow("quoted with term") << QStringLiteral("\"ERROR 400\" REQUEST") << e1 << true;
    QTest::newRow("quoted exclusion") << QStringLiteral("REQUEST -\"BAD REQUEST\"") << e2 << true;
    QTest::newRow("quoted exclusion hits") << QStringLiteral("REQUEST -\"BAD REQUEST\"") << e1 << false;
    QTest::newRow("?quoted alternatives") << QStringLiteral("?\"Task timed out\" ?Exception")
                                          << QStringLiteral("2026-01-01 Task timed out after 3.00 seconds") << true;
    QTest::newRow("Lambda REPORT") << QStringLiteral("REPORT RequestId")
                                   << QStringLiteral("REPORT RequestId: 1a2b\tDuration: 1.00 ms") << true;

    // JSON patterns: the examples of the user guide, against its sample event.
    const QString js = QStringLiteral(
        R"({"eventType": "UpdateTrail", "sourceIPAddress": "123.123.123.123", "arrayKey": ["value", "another value"],)"
        R"( "objectList": [{"name": "a", "id": 1}, {"name": "b", "id": 2}], "SomeObject": null,)"
        R"( "cookies": ["cookie1", "cookie2", "cookie3"], "ThisFlag": true, "bandwidth": 75, "latency": 20,)"
        R"( "user": {"email": "John.Doe@example.com", "id": 1}, "level": "ERROR", "message": "disk full"})");
    QTest::newRow("json string =") << QStringLiteral(R"({ $.eventType = "UpdateTrail" })") << js << true;
    QTest::newRow("json string = other") << QStringLiteral(R"({ $.eventType = "DeleteTrail" })") << js << false;
    QTest::newRow("json unquoted string") << QStringLiteral(R"({ $.eventType = UpdateTrail })") << js << true;
    QTest::newRow("json wildcard") << QStringLiteral(R"({ $.sourceIPAddress = 123.123.* })") << js << true;
    QTest::newRow("json != wildcard") << QStringLiteral(R"({ $.sourceIPAddress != 123.123.* })") << js << false;
    QTest::newRow("json array index") << QStringLiteral(R"({ $.arrayKey[0] = "value" })") << js << true;
    QTest::newRow("json object in array") << QStringLiteral(R"({ $.objectList[1].id = 2 })") << js << true;
    QTest::newRow("json IS NULL") << QStringLiteral(R"({ $.SomeObject IS NULL })") << js << true;
    QTest::newRow("json NOT EXISTS") << QStringLiteral(R"({ $.SomeOtherObject NOT EXISTS })") << js << true;
    QTest::newRow("json NOT EXISTS, exists") << QStringLiteral(R"({ $.SomeObject NOT EXISTS })") << js << false;
    QTest::newRow("json IS TRUE") << QStringLiteral(R"({ $.ThisFlag IS TRUE })") << js << true;
    QTest::newRow("json IS FALSE") << QStringLiteral(R"({ $.ThisFlag IS FALSE })") << js << false;
    QTest::newRow("json cookies[2]") << QStringLiteral(R"({ $.cookies[2] = "cookie3" })") << js << true;
    QTest::newRow("json number >") << QStringLiteral(R"({ $.bandwidth > 75 })") << js << false;
    QTest::newRow("json number >=") << QStringLiteral(R"({ $.bandwidth >= 75 })") << js << true;
    QTest::newRow("json number <") << QStringLiteral(R"({ $.latency < 50 })") << js << true;
    QTest::newRow("json number !=") << QStringLiteral(R"({ $.latency != 20 })") << js << false;
    QTest::newRow("json && both") << QStringLiteral(R"({ ($.user.id = 1) && ($.user.email = "John.Doe@example.com") })")
                                  << js << true;
    QTest::newRow("json && one") << QStringLiteral(R"({ ($.user.id = 2) && ($.user.email = "John.Doe@example.com") })")
                                 << js << false;
    QTest::newRow("json ||") << QStringLiteral(R"({ $.user.id = 2 || $.user.email = "John.Doe@example.com" })") << js
                             << true;
    QTest::newRow("json grouped") << QStringLiteral(
        R"({ ($.user.id = 2 && $.latency < 100) || ($.level = "ERROR" && $.bandwidth > 70) })")
                                  << js << true;
    QTest::newRow("json email wildcard") << QStringLiteral(R"({ $.user.email = "*@example.com" })") << js << true;
    QTest::newRow("json level (Powertools)") << QStringLiteral(R"({ $.level = "ERROR" })") << js << true;
    QTest::newRow("json missing field") << QStringLiteral(R"({ $.nothere = "x" })") << js << false;
    QTest::newRow("json on a text event") << QStringLiteral(R"({ $.level = "ERROR" })") << e1 << false;
    QTest::newRow("json latency > 100") << QStringLiteral(R"({ $.latency > 100 })")
                                        << QStringLiteral(R"({"latency": 250, "path": "/x"})") << true;
    QTest::newRow("json number compared as text")
        << QStringLiteral(R"({ $.latency > 100 })") << QStringLiteral(R"({"latency": "250"})") << false;
}

void TestFilterPattern::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, event);
    QFETCH(bool, expected);
    const auto p = FilterPattern::parse(pattern);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(p->matches(event), expected);
    // What the SQL narrowing keeps must include every match.
    if (expected) {
        for (const QStringList &alternatives : p->candidates()) {
            bool any = false;
            for (const QString &a : alternatives)
                any = any || event.contains(a);
            QVERIFY2(any, qPrintable(alternatives.join(u'|')));
        }
    }
}

void TestFilterPattern::rejects_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated phrase") << QStringLiteral("\"BAD REQUEST")
                                         << QStringLiteral("unterminated quoted phrase");
    QTest::newRow("lone ?") << QStringLiteral("ERROR ?") << QStringLiteral("? must be followed by a term");
    QTest::newRow("json without }") << QStringLiteral("{ $.level = \"ERROR\"") << QStringLiteral("expected }");
    QTest::newRow("json without selector") << QStringLiteral("{ level = 1 }") << QStringLiteral("selector");
    QTest::newRow("json without operator") << QStringLiteral("{ $.level }") << QStringLiteral("expected an operator");
    QTest::newRow("json bad IS") << QStringLiteral("{ $.a IS MAYBE }")
                                 << QStringLiteral("IS takes TRUE, FALSE or NULL");
    QTest::newRow("too long") << QString(1025, u'(') << QStringLiteral("at most 1024 characters; got 1025");
    QTest::newRow("space-delimited") << QStringLiteral("[ip, user, status=404]") << QStringLiteral("not supported");
}

void TestFilterPattern::rejects()
{
    QFETCH(QString, pattern);
    QFETCH(QString, message);
    const auto p = FilterPattern::parse(pattern);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().field, QStringLiteral("filterPattern"));
    QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
}

void TestFilterPattern::candidates_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected"); // groups joined by ';', alternatives by '|'
    QTest::newRow("terms") << QStringLiteral("ERROR 400") << QStringLiteral("ERROR;400");
    QTest::newRow("alternatives") << QStringLiteral("?ERROR ?WARN") << QStringLiteral("ERROR|WARN");
    QTest::newRow("exclusion narrows nothing") << QStringLiteral("-ERROR") << QString();
    QTest::newRow("json string") << QStringLiteral(R"({ $.level = "ERROR" })") << QStringLiteral("\"level\";ERROR");
    QTest::newRow("json number: its key") << QStringLiteral(R"({ $.latency > 100 })") << QStringLiteral("\"latency\"");
    QTest::newRow("json or") << QStringLiteral(R"({ $.level = "ERROR" || $.level = "WARN" })")
                             << QStringLiteral("ERROR|WARN");
    QTest::newRow("json or with a number")
        << QStringLiteral(R"({ $.level = "ERROR" || $.latency > 1 })") << QStringLiteral("ERROR|\"latency\"");
    QTest::newRow("json wildcard piece") << QStringLiteral(R"({ $.user.email = "*@example.com" })")
                                         << QStringLiteral("\"email\";@example.com");
    QTest::newRow("json array index: the array's key")
        << QStringLiteral(R"({ $.cookies[2] = "c3" })") << QStringLiteral("\"cookies\";c3");
    QTest::newRow("json NOT EXISTS narrows nothing") << QStringLiteral(R"({ $.a NOT EXISTS })") << QString();
}

void TestFilterPattern::candidates()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    const auto p = FilterPattern::parse(pattern);
    QVERIFY(p.ok());
    QStringList groups;
    for (const QStringList &g : p->candidates())
        groups.append(g.join(u'|'));
    QCOMPARE(groups.join(u';'), expected);
}

QTEST_GUILESS_MAIN(TestFilterPattern)
#include "tst_filterpattern.moc"

#include "apidialog.h"

#include "apiservercontroller.h"
#include "common/inkicon.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lambdesk {

ApiDialog::ApiDialog(ApiServerController *api, QWidget *parent) : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Lambda API"));
    resize(720, 640);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(api->port());
    auto *apply = new QPushButton(tr("Listen on this port"), this);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addWidget(apply);
    portRow->addStretch(1);
    m_require = new QCheckBox(tr("Require requests signed with these credentials (SigV4)"), this);
    m_require->setChecked(api->requireSignature());
    m_region = new QLineEdit(api->region(), this);
    m_region->setMaximumWidth(160);
    m_region->setToolTip(
        tr("The region in function ARNs and in AWS_REGION of handlers; warm environments restart when it changes"));
    auto *applyRegion = new QPushButton(tr("Use this region"), this);
    auto *regionRow = new QHBoxLayout;
    regionRow->addWidget(m_region);
    regionRow->addWidget(applyRegion);
    regionRow->addStretch(1);
    m_regionError = new QLabel(this);
    m_regionError->setWordWrap(true);
    m_regionError->setStyleSheet(QStringLiteral("color:#d13212"));
    m_regionError->hide();
    m_keys = new QLabel(this);
    m_keys->setFont(mono);
    m_keys->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Port"), portRow);
    form->addRow(tr("Region"), regionRow);
    form->addRow(QString(), m_regionError);
    form->addRow(tr("Credentials"), m_keys);
    form->addRow(QString(), m_require);

    m_profile = new QPlainTextEdit(this);
    m_profile->setReadOnly(true);
    m_profile->setFont(mono);
    m_profile->setMaximumHeight(130);
    auto *copy = new QPushButton(inkIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy profile"), this);
    m_example = new QPlainTextEdit(this);
    m_example->setReadOnly(true);
    m_example->setFont(mono);
    m_example->setMaximumHeight(80);

    m_calls = new QTableWidget(0, 5, this);
    m_calls->setHorizontalHeaderLabels({tr("Time"), tr("Operation"), tr("Function"), tr("Status"), tr("ms")});
    m_calls->verticalHeader()->hide();
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_calls->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>~/.aws/config</b> — then use <code>--profile lambdesk</code>:"), this));
    layout->addWidget(m_profile);
    layout->addWidget(copy, 0, Qt::AlignRight);
    layout->addWidget(new QLabel(tr("<b>Try it</b> from a terminal:"), this));
    layout->addWidget(m_example);
    layout->addWidget(new QLabel(tr("<b>Recent calls</b>"), this));
    layout->addWidget(m_calls, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(apply, &QPushButton::clicked, this, [this] { m_api->setPort(quint16(m_port->value())); });
    auto useRegion = [this] {
        const QString error = m_api->setRegion(m_region->text().trimmed());
        m_regionError->setText(error);
        m_regionError->setVisible(!error.isEmpty());
        refresh();
    };
    connect(applyRegion, &QPushButton::clicked, this, useRegion);
    connect(m_region, &QLineEdit::returnPressed, this, useRegion);
    connect(m_require, &QCheckBox::toggled, this, [this](bool on) {
        m_api->setRequireSignature(on);
        refresh();
    });
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_profile->toPlainText()); });
    connect(api, &ApiServerController::started, this, &ApiDialog::refresh);
    connect(api, &ApiServerController::failed, this, &ApiDialog::refresh);
    connect(api, &ApiServerController::callHandled, this, &ApiDialog::refresh);
    refresh();
}

void ApiDialog::refresh()
{
    // Where it listens (or that it does not), and why the last port asked for could not be had.
    const QString error = m_api->lastError().isEmpty()
        ? QString()
        : QStringLiteral("<span style='color:#d13212'>%1</span>").arg(m_api->lastError().toHtmlEscaped());
    if (m_api->isRunning()) {
        m_status->setText(tr("Listening on <b>%1</b> — %2 calls so far. Only this machine can connect.")
                              .arg(m_api->endpoint())
                              .arg(m_api->callCount())
                          + (error.isEmpty() ? QString() : QStringLiteral("<br>") + error));
    } else {
        m_status->setText(error.isEmpty() ? tr("<span style='color:#d13212'>Not running.</span>") : error);
    }
    m_keys->setText(
        tr("aws_access_key_id     %1\naws_secret_access_key %2").arg(m_api->accessKeyId(), m_api->secretAccessKey()));
    m_profile->setPlainText(m_api->profileSnippet());
    const QString endpoint = m_api->isRunning() ? m_api->endpoint()
                                                : QStringLiteral("http://127.0.0.1:%1").arg(m_api->port());
    m_example->setPlainText(
        QStringLiteral("aws lambda list-functions --endpoint-url %1\n"
                       "aws lambda invoke --endpoint-url %1 --function-name hello-python \\\n"
                       "    --cli-binary-format raw-in-base64-out --payload '{\"name\":\"Ada\"}' out.json")
            .arg(endpoint));
    const QList<ApiCall> &calls = m_api->recentCalls();
    m_calls->setRowCount(int(calls.size()));
    for (int i = 0; i < calls.size(); ++i) {
        const ApiCall &c = calls.at(i);
        const QStringList cells{QDateTime::fromMSecsSinceEpoch(c.timeMs).toString(QStringLiteral("HH:mm:ss")),
                                c.operation.isEmpty() ? c.method + u' ' + c.path : c.operation, c.function,
                                c.status == 0 ? tr("client left")
                                              : QString::number(c.status)
                                        + (c.errorType.isEmpty() ? QString() : u' ' + c.errorType),
                                QLocale().toString(c.durationMs, 'f', 1)}; // the console's locale
        for (int col = 0; col < cells.size(); ++col)
            m_calls->setItem(i, col, new QTableWidgetItem(cells.at(col)));
    }
    m_calls->resizeColumnsToContents();
}

} // namespace lambdesk

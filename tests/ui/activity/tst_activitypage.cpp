// The Activity screen against a real service: entries appear newest first in plain words after
// workflow steps, the filter narrows, a burst of activity reloads once, and both models pass Qt's
// model checks.

#include "FutureWait.h"
#include "ServiceFixture.h"
#include "activity/ActivityPage.h"
#include "activity/AuditLogModel.h"
#include "activity/SmsLogModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using tfk::ActivityPage;
using tfk::AuditLogModel;
using tfk::RequestContext;
using tfk::SmsLogModel;
using tfk::test::ServiceFixture;
using tfk::test::waitFor;
namespace Actors = tfk::Actors;

namespace {

const QString kSecret = u"8MJJfCY4ERBtotvenSc3"_s;
const tfk::RequestContext kContext {u"kiosk-app"_s, u"192.0.2.7"_s};

// Three steps a minute apart: user created, enrollment code texted, a wrong code to enable.
QString addActivity(ServiceFixture& f)
{
    auto user = waitFor(f.service->createUser(
        {u"richard@example.com"_s, {}, u"Richard Hendricks"_s, u"+1 201 555 0123"_s, u"password123"_s}, kContext));
    if (!user) {
        return user.error().message;
    }
    f.clock.advanceSecs(60);
    auto sent = waitFor(f.service->sendEnrollmentCode(u"+1 201 555 0123"_s, kSecret, kContext));
    if (!sent) {
        return sent.error().message;
    }
    f.clock.advanceSecs(60);
    (void)waitFor(
        f.service->enableTwoFactor(user->id, u"000000"_s, kSecret, tfk::TwoFactorDelivery::TextMessage, kContext));
    return {};
}

// With TFK_SCREENSHOT_DIR set, the screen as the test left it is written there (for looking at it).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TFK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        widget->grab().save(dir + u'/' + name + u".png"_s);
    }
}

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestActivityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLogsSaySo();
    void entriesAppearNewestFirst();
    void filterNarrows();
    void burstReloadsOnce();
    void hiddenPageCatchesUpWhenShown();
    void labels();
    void modelsPassQtChecks();
    void olderAnswerIsDropped();
    void filterByActor();
    void smsLogModelEdges();
};

void TestActivityPage::emptyLogsSaySo()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ActivityPage page(f.service.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* audit = page.findChild<QTableView*>(u"auditTable"_s);
    QVERIFY(audit);
    QCOMPARE(audit->model()->headerData(AuditLogModel::EventColumn, Qt::Horizontal).toString(), u"Event"_s);
    // The logs are read in the background.
    QTRY_COMPARE(page.findChild<QLabel*>(u"auditStateLabel"_s)->text(),
                 u"No activity yet. Every enrollment and sign-in step appears here."_s);
    QTRY_COMPARE(page.findChild<QLabel*>(u"smsStateLabel"_s)->text(), u"No text messages sent yet."_s);
    QCOMPARE(audit->model()->rowCount(), 0);
    // Every interactive widget has a name a screen reader can say.
    for (const char* name : {"activityFilterEdit", "activityActorCombo", "activityRefreshButton", "auditTable",
                             "smsTable", "activityTabs"}) {
        auto* widget = page.findChild<QWidget*>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

void TestActivityPage::entriesAppearNewestFirst()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ActivityPage page(f.service.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    f.sms.setSender(u"ACME IT"_s);
    const QString problem = addActivity(f);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    auto* audit = page.findChild<QTableView*>(u"auditTable"_s)->model();
    QTRY_COMPARE(audit->rowCount(), 3);
    QCOMPARE(cell(audit, 0, AuditLogModel::EventColumn), u"Two-factor enabled"_s);
    QCOMPARE(cell(audit, 0, AuditLogModel::OutcomeColumn), u"[invalid]code"_s);
    QCOMPARE(cell(audit, 1, AuditLogModel::EventColumn), u"Enrollment code sent"_s);
    QCOMPARE(cell(audit, 1, AuditLogModel::OutcomeColumn), u"OK"_s);
    QCOMPARE(cell(audit, 1, AuditLogModel::PhoneColumn), u"+1 ... 0123"_s);
    QCOMPARE(cell(audit, 1, AuditLogModel::IpAddressColumn), u"192.0.2.7"_s);
    QCOMPARE(cell(audit, 1, AuditLogModel::ApplicationColumn), u"kiosk-app"_s);
    QCOMPARE(cell(audit, 2, AuditLogModel::EventColumn), u"User created"_s);
    // The time in the locale's short format; 1234567890 s is the fixture's start.
    QCOMPARE(cell(audit, 2, AuditLogModel::TimeColumn),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(1234567890000), QLocale::ShortFormat));
    QCOMPARE(cell(audit, 0, AuditLogModel::TimeColumn),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(1234567890000 + 120000), QLocale::ShortFormat));
    QVERIFY(!cell(audit, 0, AuditLogModel::DetailColumn).isEmpty());
    QCOMPARE(page.findChild<QLabel*>(u"auditStateLabel"_s)->text(), u"Entries: 3"_s);

    auto* sms = page.findChild<QTableView*>(u"smsTable"_s)->model();
    QTRY_COMPARE(sms->rowCount(), 1);
    QCOMPARE(cell(sms, 0, SmsLogModel::PurposeColumn), u"Enrollment code"_s);
    QCOMPARE(cell(sms, 0, SmsLogModel::PhoneColumn), u"+1 ... 0123"_s);
    // The sender used and what the text cost: "Two Factor Code: 123456" is 23 GSM-7 septets.
    QCOMPARE(cell(sms, 0, SmsLogModel::SenderColumn), u"ACME IT"_s);
    QCOMPARE(cell(sms, 0, SmsLogModel::SegmentsColumn), u"1 segment, GSM-7"_s);
    QCOMPARE(sms->headerData(SmsLogModel::SenderColumn, Qt::Horizontal).toString(), u"Sender"_s);
    QCOMPARE(sms->headerData(SmsLogModel::SegmentsColumn, Qt::Horizontal).toString(), u"Segments"_s);
    QCOMPARE(cell(sms, 0, SmsLogModel::StatusColumn), u"Queued"_s);
    QCOMPARE(cell(sms, 0, SmsLogModel::ErrorColumn), QString());
    QCOMPARE(page.findChild<QLabel*>(u"smsStateLabel"_s)->text(), u"Text messages: 1"_s);
    // Tool tips: the full sender, the provider's message id; none for one segment, no error or the phone.
    const auto tip = [sms](int column) {
        return sms->data(sms->index(0, column), Qt::ToolTipRole);
    };
    QCOMPARE(tip(SmsLogModel::SenderColumn).toString(), u"ACME IT"_s);
    QVERIFY(!tip(SmsLogModel::SegmentsColumn).isValid());
    QVERIFY2(tip(SmsLogModel::StatusColumn).toString().startsWith(u"Message id: "_s),
             qPrintable(tip(SmsLogModel::StatusColumn).toString()));
    QVERIFY(!tip(SmsLogModel::ErrorColumn).isValid());
    QVERIFY(!tip(SmsLogModel::PhoneColumn).isValid());
    const qint64 smsId = sms->data(sms->index(0, 0), Qt::UserRole).toLongLong();
    QVERIFY(smsId > 0);
    auto* smsModel = qobject_cast<SmsLogModel*>(sms);
    QVERIFY(smsModel);
    QCOMPARE(smsModel->rowOf(smsId), 0);
    QCOMPARE(smsModel->rowOf(smsId + 1000), -1);
    page.resize(1000, 420);
    screenshot(&page, u"activity-audit"_s);
    page.findChild<QTabWidget*>(u"activityTabs"_s)->setCurrentIndex(1);
    screenshot(&page, u"activity-sms"_s);
    page.findChild<QTabWidget*>(u"activityTabs"_s)->setCurrentIndex(0);

    // The selected entry stays selected when newer ones push it down.
    auto* table = page.findChild<QTableView*>(u"auditTable"_s);
    table->selectRow(1);
    f.clock.advanceSecs(60);
    QVERIFY(waitFor(f.service->createUser({u"monica@example.com"_s, {}, u"Monica Hall"_s, {}, u"password123"_s})));
    QTRY_COMPARE(audit->rowCount(), 4);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 2);
    QCOMPARE(cell(audit, 0, AuditLogModel::EventColumn), u"User created"_s);
}

void TestActivityPage::filterNarrows()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    const QString problem = addActivity(f);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    ActivityPage page(f.service.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto* audit = page.findChild<QTableView*>(u"auditTable"_s)->model();
    QTRY_COMPARE(audit->rowCount(), 3);

    // Keyboard: Alt+F reaches the filter.
    QTest::keyClick(&page, Qt::Key_F, Qt::AltModifier);
    auto* filter = page.findChild<QLineEdit*>(u"activityFilterEdit"_s);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"two-factor"_s);
    QTRY_COMPARE(audit->rowCount(), 2);
    QCOMPARE(cell(audit, 0, AuditLogModel::EventColumn), u"Two-factor enabled"_s);
    filter->clear();
    QTest::keyClicks(filter, u"invalid"_s);
    QTRY_COMPARE(audit->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, u"nothing like it"_s);
    QTRY_COMPARE(audit->rowCount(), 0);
    QCOMPARE(page.findChild<QLabel*>(u"auditStateLabel"_s)->text(), u"No entry matches \"nothing like it\"."_s);
    filter->clear();
    QTRY_COMPARE(audit->rowCount(), 3);
}

void TestActivityPage::burstReloadsOnce()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ActivityPage page(f.service.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.auditModel()->loading()); // the first read, before counting
    QSignalSpy reloads(page.auditModel(), &AuditLogModel::reloaded);
    QList<QFuture<tfk::Result<tfk::User>>> creating;
    for (int i = 0; i < 5; ++i) {
        creating << f.service->createUser({u"u%1@example.com"_s.arg(i), {}, u"User %1"_s.arg(i), {}, u"password123"_s});
    }
    for (const auto& created : std::as_const(creating)) {
        QVERIFY(waitFor(created));
    }
    QTRY_COMPARE(page.auditModel()->rowCount(), 5);
    QTest::qWait(400);
    QCOMPARE(reloads.count(), 1);
}

void TestActivityPage::hiddenPageCatchesUpWhenShown()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    ActivityPage page(f.service.get());
    QTRY_VERIFY(!page.auditModel()->loading()); // the first read, before counting
    QSignalSpy reloads(page.auditModel(), &AuditLogModel::reloaded);
    QVERIFY(waitFor(f.service->createUser({u"a@example.com"_s, {}, u"A"_s, {}, u"password123"_s})));
    QTest::qWait(400);
    // Nobody looks: no query.
    QCOMPARE(reloads.count(), 0);
    QVERIFY(!page.auditModel()->loading());
    QCOMPARE(page.auditModel()->rowCount(), 0);
    page.show();
    QTRY_COMPARE(page.auditModel()->rowCount(), 1);
}

void TestActivityPage::labels()
{
    QCOMPARE(AuditLogModel::eventLabel(u"two-factor.enable"_s), u"Two-factor enabled"_s);
    QCOMPARE(AuditLogModel::eventLabel(u"two-factor.disable"_s), u"Two-factor disabled"_s);
    QCOMPARE(AuditLogModel::eventLabel(u"login"_s), u"Password sign-in"_s);
    QCOMPARE(AuditLogModel::eventLabel(u"two-factor.login"_s), u"Two-factor sign-in"_s);
    QCOMPARE(AuditLogModel::eventLabel(u"two-factor.send.login"_s), u"Sign-in code sent"_s);
    QCOMPARE(AuditLogModel::eventLabel(u"user.update"_s), u"User updated"_s);
    QCOMPARE(AuditLogModel::eventLabel(u"api.something-new"_s), u"api.something-new"_s);
    QCOMPARE(AuditLogModel::outcomeLabel(u"ok"_s), u"OK"_s);
    QCOMPARE(AuditLogModel::outcomeLabel(u"two-factor-required"_s), u"Two-factor required"_s);
    QCOMPARE(AuditLogModel::outcomeLabel(u"[TwoFactorSendFailed]"_s), u"[TwoFactorSendFailed]"_s);
    QCOMPARE(SmsLogModel::purposeLabel(u"login"_s), u"Sign-in code"_s);
    QCOMPARE(SmsLogModel::statusLabel(u"delivered"_s), u"Delivered"_s);
    QCOMPARE(SmsLogModel::statusLabel(u"undelivered"_s), u"Not delivered"_s);
    QCOMPARE(SmsLogModel::statusLabel(u"failed"_s), u"Failed"_s);
    QCOMPARE(SmsLogModel::segmentsLabel(1, u"GSM-7"_s), u"1 segment, GSM-7"_s);
    QCOMPARE(SmsLogModel::segmentsLabel(3, u"UCS-2"_s), u"3 segments, UCS-2"_s);
    QCOMPARE(SmsLogModel::segmentsLabel(2, QString()), u"2 segments"_s);
    QCOMPARE(SmsLogModel::segmentsLabel(0, QString()), QString()); // logged before segments were counted
}

void TestActivityPage::modelsPassQtChecks()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    AuditLogModel audit(f.service.get());
    SmsLogModel sms(f.service.get());
    QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester smsTester(&sms, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString problem = addActivity(f);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    audit.reload();
    sms.reload();
    QTRY_COMPARE(audit.rowCount(), 3);
    QCOMPARE(audit.columnCount(), int(AuditLogModel::ColumnCount));
    QTRY_COMPARE(sms.rowCount(), 1);
    audit.setFilter(u"user."_s);
    QTRY_COMPARE(audit.rowCount(), 1);
    audit.setLimit(2);
    audit.setFilter({});
    QTRY_COMPARE(audit.rowCount(), 2);
    QCOMPARE(audit.entryAt(0).event, u"two-factor.enable"_s);
    QCOMPARE(audit.rowOf(audit.entryAt(1).id), 1);
    QCOMPARE(audit.rowOf(-5), -1);
}

void TestActivityPage::olderAnswerIsDropped()
{
    ServiceFixture::Options options;
    options.service.storageThreads = 4; // answers may come back in any order
    ServiceFixture f(options);
    TFK_REQUIRE_FIXTURE(f);
    const QString problem = addActivity(f);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    AuditLogModel audit(f.service.get());
    // Whenever rows are shown, they are the answer for the filter set at that moment.
    const QHash<QString, int> expected {{QString(), 3}, {u"two-factor"_s, 2}, {u"user."_s, 1}};
    QStringList mismatches;
    connect(&audit, &AuditLogModel::reloaded, this, [&] {
        if (audit.rowCount() != expected.value(audit.filter())) {
            mismatches << u"%1 rows for \"%2\""_s.arg(audit.rowCount()).arg(audit.filter());
        }
    });
    for (int round = 0; round < 20; ++round) {
        audit.setFilter({});
        audit.setFilter(u"two-factor"_s);
    }
    audit.setFilter(u"user."_s);
    QTRY_VERIFY(!audit.loading());
    QSignalSpy late(&audit, &AuditLogModel::reloaded);
    QTest::qWait(100); // answers to older requests, if any were still out, would land now
    QCOMPARE(late.count(), 0);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u", "_s)));
    QCOMPARE(audit.rowCount(), 1);
    QCOMPARE(audit.entryAt(0).event, u"user.create"_s);
}

void TestActivityPage::filterByActor()
{
    ServiceFixture f;
    TFK_REQUIRE_FIXTURE(f);
    RequestContext dana;
    dana.actor = u"dana"_s;
    RequestContext walkUp;
    walkUp.actor = Actors::walkUp();
    QVERIFY(waitFor(f.service->createUser({u"a@example.com"_s, {}, u"Ann"_s, {}, u"password123"_s}, dana)));
    QVERIFY(waitFor(f.service->createUser({u"b@example.com"_s, {}, u"Bob"_s, {}, u"password123"_s}, dana)));
    QVERIFY(!waitFor(f.service->login({u"a@example.com"_s, u"wrong password"_s, walkUp, {}})));
    ActivityPage page(f.service.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* audit = page.findChild<QTableView*>(u"auditTable"_s);
    QTRY_COMPARE(audit->model()->rowCount(), 3);
    QCOMPARE(audit->model()->headerData(AuditLogModel::ActorColumn, Qt::Horizontal).toString(), u"Who"_s);
    QCOMPARE(audit->model()->index(0, AuditLogModel::ActorColumn).data().toString(), u"Walk-up (kiosk)"_s);
    QCOMPARE(audit->model()->index(1, AuditLogModel::ActorColumn).data().toString(), u"dana"_s);
    // The choices: all, and every actor the log names.
    auto* actors = page.findChild<QComboBox*>(u"activityActorCombo"_s);
    QTRY_COMPARE(actors->count(), 3);
    QCOMPARE(actors->itemText(0), u"All"_s);
    QVERIFY(actors->findData(u"dana"_s) > 0);
    QCOMPARE(actors->itemText(actors->findData(Actors::walkUp())), u"Walk-up (kiosk)"_s);
    // Alt+W, then choose dana.
    QTest::keyClick(&page, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(actors->hasFocus());
    actors->setCurrentIndex(actors->findData(u"dana"_s));
    QTRY_COMPARE(audit->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(audit->model()->index(row, AuditLogModel::ActorColumn).data().toString(), u"dana"_s);
    }
    // New activity keeps the choice.
    QVERIFY(waitFor(f.service->createUser({u"c@example.com"_s, {}, u"Cy"_s, {}, u"password123"_s}, walkUp)));
    page.reload();
    QTRY_VERIFY(!page.auditModel()->loading());
    QCOMPARE(actors->currentData().toString(), u"dana"_s);
    QCOMPARE(audit->model()->rowCount(), 2);
    actors->setCurrentIndex(0);
    QTRY_COMPARE(audit->model()->rowCount(), 4);
}

void TestActivityPage::smsLogModelEdges()
{
    // Every purpose the service logs has a label; unknown purposes and statuses are shown as they are.
    QCOMPARE(SmsLogModel::purposeLabel(u"enrollment"_s), u"Enrollment code"_s);
    QCOMPARE(SmsLogModel::purposeLabel(u"user"_s), u"Code to user"_s);
    QCOMPARE(SmsLogModel::purposeLabel(u"phone-change"_s), u"Code to a new number"_s);
    QCOMPARE(SmsLogModel::purposeLabel(u"notice"_s), u"Lost-phone notice"_s);
    QCOMPARE(SmsLogModel::purposeLabel(u"survey"_s), u"survey"_s);
    QCOMPARE(SmsLogModel::statusLabel(u"canceled"_s), u"Canceled"_s);
    QCOMPARE(SmsLogModel::statusLabel(u"receiving"_s), u"receiving"_s);

    // Without a service (the window before sign-in): empty, no reload, nothing outside its rows.
    SmsLogModel model(nullptr);
    QSignalSpy loading(&model, &SmsLogModel::loadingChanged);
    model.reload();
    QCOMPARE(loading.count(), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(SmsLogModel::ColumnCount));
    QVERIFY(!model.data(model.index(0, SmsLogModel::StatusColumn)).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.rowOf(1), -1);
    QCOMPARE(model.headerData(SmsLogModel::ErrorColumn, Qt::Horizontal).toString(), u"Error"_s);
    QCOMPARE(model.headerData(SmsLogModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
    QVERIFY(!model.headerData(SmsLogModel::ColumnCount, Qt::Horizontal).isValid());
    QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 3); // Qt's row numbers count from 1
}

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"

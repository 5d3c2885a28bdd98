#include "WorkspaceFixture.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/demo/DemoData.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordList.h"
#include "desktop/core/io/CsvImport.h"
#include "desktop/core/io/CsvReader.h"
#include "desktop/core/io/ListExporter.h"
#include "desktop/core/Translations.h"
#include "desktop/core/domain/RecordText.h"

#include <QFile>
#include <QStringEncoder>

using namespace zs;

namespace {
QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder(text);
}

const QString kCompanies = QStringLiteral(
    "企业名称,统一社会信用代码,产业,总部城市,规模,年营收（万元）,乡贤企业,备注\r\n"
    "深圳华信电子科技有限公司,91440300708461136T,印制电路板,深圳,中型,\"12,000\",是,\"第一行\r\n第二行，含逗号\"\r\n"
    "东莞精诚模具有限公司,,模具,东莞,小型,800,否,\r\n");

qint64 companyCount(Database& db)
{
    return db.scalar("SELECT count(*) FROM company WHERE deleted = 0").value();
}
} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodingsAreDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << kCompanies.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + kCompanies.toUtf8() << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("gb18030") << gb18030(kCompanies) << QStringLiteral("GB18030");
    }

    void encodingsAreDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        test::WorkspaceFixture ws;
        auto preview = CsvImport::preview(ws.db(), CsvImport::Kind::Companies, bytes);
        ZS_VERIFY_OK(preview);
        QCOMPARE(preview->encoding, encoding);
        QCOMPARE(preview->rows, 2);
        QVERIFY2(preview->problems.isEmpty(), qPrintable(preview->problems.value(0).reason));
        QCOMPARE(preview->companies.size(), 2);
        const Company& first = preview->companies.first();
        QCOMPARE(first.name, QStringLiteral("深圳华信电子科技有限公司"));
        QCOMPARE(first.notes, QStringLiteral("第一行\n第二行，含逗号")); // quoted line break and comma kept
        QCOMPARE(first.revenueWan.value_or(-1), 12000.0);
        QVERIFY(first.hometown);
        QCOMPARE(first.size, QStringLiteral("medium"));
        QCOMPARE(first.industry, QStringLiteral("pcb"));
        QCOMPARE(CsvImport::commit(ws.db(), preview.value()).value(), 2);
        QCOMPARE(companyCount(ws.db()), qint64(2));
    }

    void problemsNameLineAndColumn()
    {
        test::WorkspaceFixture ws;
        const QString csv = QStringLiteral("企业名称,统一社会信用代码,年营收（万元）,乡贤企业\n"
                                           ",,,\n"
                                           "甲公司,91440300708461136X,,\n"
                                           "乙公司,,很多,也许\n"
                                           "丙公司,,100,是\n");
        auto preview = CsvImport::preview(ws.db(), CsvImport::Kind::Companies, csv.toUtf8());
        ZS_VERIFY_OK(preview);
        QCOMPARE(preview->companies.size(), 1);
        QCOMPARE(preview->companies.first().name, QStringLiteral("丙公司"));
        QStringList seen;
        for (const auto& issue : preview->problems)
            seen << QStringLiteral("%1:%2").arg(issue.line).arg(issue.column);
        QVERIFY2(seen.contains(QStringLiteral("2:企业名称")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY(seen.contains(QStringLiteral("3:统一社会信用代码")));
        QVERIFY(seen.contains(QStringLiteral("4:年营收（万元）")));
        QVERIFY(seen.contains(QStringLiteral("4:乡贤企业")));
    }

    void duplicatesAreReportedNotDoubled()
    {
        test::WorkspaceFixture ws;
        Company existing;
        existing.name = QStringLiteral("东莞精诚模具有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(existing).ok());
        const QString csv = kCompanies + QStringLiteral("深圳 华信电子科技有限公司,,,,,,,\n");
        auto preview = CsvImport::preview(ws.db(), CsvImport::Kind::Companies, csv.toUtf8());
        ZS_VERIFY_OK(preview);
        QCOMPARE(preview->companies.size(), 1);
        QCOMPARE(preview->duplicates.size(), 2); // one already in the workspace, one repeated in the file
        QCOMPARE(CsvImport::commit(ws.db(), preview.value()).value(), 1);
        QCOMPARE(companyCount(ws.db()), qint64(2));
    }

    void visitsWithDatesContactsAndCompanies()
    {
        test::WorkspaceFixture ws;
        auto companies = CsvImport::preview(ws.db(), CsvImport::Kind::Companies, kCompanies.toUtf8());
        QVERIFY(CsvImport::commit(ws.db(), companies.value()).ok());
        const QString contacts = QStringLiteral("姓名,企业,职务,电话\n张伟,91440300708461136T,总经理,138 0000 1234\n"
                                                "李娜,不存在的公司,,\n");
        auto people = CsvImport::preview(ws.db(), CsvImport::Kind::Contacts, contacts.toUtf8());
        ZS_VERIFY_OK(people);
        QCOMPARE(people->contacts.size(), 1);
        QCOMPARE(people->problems.size(), 1);
        QCOMPARE(people->problems.first().line, 3);
        QVERIFY(CsvImport::commit(ws.db(), people.value()).ok());

        const QString visits =
            QStringLiteral("走访日期,地点,企业,目的,记录,意向,下一步,跟进日期\n"
                           "2026/3/5 14:30,深圳,深圳华信电子科技有限公司,首次拜访,介绍用地政策,高,发送资料,2026-03-10\n"
                           "2026年3月6日,东莞市,东莞精诚模具有限公司,,,中,,\n"
                           "2026-13-01,广州,东莞精诚模具有限公司,,,,,\n"
                           "昨天,广州,东莞精诚模具有限公司,,,,,\n"
                           "2026-03-07,广州,东莞精诚模具有限公司,,,,下一步,2026-03-01\n");
        auto preview = CsvImport::preview(ws.db(), CsvImport::Kind::Visits, visits.toUtf8());
        ZS_VERIFY_OK(preview);
        QCOMPARE(preview->visits.size(), 2);
        const Visit& v = preview->visits.first();
        QCOMPARE(v.visitedAt, QDateTime(QDate(2026, 3, 5), QTime(14, 30)));
        QCOMPARE(v.city, QStringLiteral("shenzhen"));
        QCOMPARE(v.intent, 3);
        QCOMPARE(v.purpose, QStringLiteral("first-visit"));
        QCOMPARE(preview->visits.at(1).city, QStringLiteral("dongguan"));
        QList<int> badLines;
        for (const auto& issue : preview->problems)
            badLines << issue.line;
        QCOMPARE(badLines, (QList<int>{4, 5, 6})); // impossible date, no date, follow-up before the visit
        QVERIFY(CsvImport::commit(ws.db(), preview.value()).ok());
        // Importing the same file again doubles nothing.
        auto again = CsvImport::preview(ws.db(), CsvImport::Kind::Visits, visits.toUtf8());
        QCOMPARE(again->visits.size(), 0);
        QCOMPARE(again->duplicates.size(), 2);
    }

    void failedImportLeavesNothing()
    {
        test::WorkspaceFixture ws;
        auto preview = CsvImport::preview(ws.db(), CsvImport::Kind::Companies, kCompanies.toUtf8());
        ZS_VERIFY_OK(preview);
        // Between preview and commit another record with the second row's name appears: the commit must fail
        // on that row and take the first row back with it.
        Company sneaky;
        sneaky.name = QStringLiteral("东莞精诚模具有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(sneaky).ok());
        auto committed = CsvImport::commit(ws.db(), preview.value());
        QVERIFY(!committed.ok());
        QVERIFY(committed.error().message.contains(QStringLiteral("没有导入任何数据")));
        QCOMPARE(companyCount(ws.db()), qint64(1));
    }

    void malformedFilesAreClearErrors()
    {
        test::WorkspaceFixture ws;
        auto unterminated =
            CsvImport::preview(ws.db(), CsvImport::Kind::Companies, QByteArray("企业名称,备注\n甲,\"没有结束的引号\n"));
        QVERIFY(!unterminated.ok());
        QVERIFY(unterminated.error().message.contains(QStringLiteral("引号没有闭合")));
        auto empty = CsvImport::preview(ws.db(), CsvImport::Kind::Companies, QByteArray());
        QVERIFY(!empty.ok());
        auto noName = CsvImport::preview(ws.db(), CsvImport::Kind::Companies, QByteArray("名字,城市\n甲,深圳\n"));
        QVERIFY(!noName.ok());
        QVERIFY(noName.error().message.contains(QStringLiteral("缺少必需的列「企业名称」")));
        QCOMPARE(companyCount(ws.db()), qint64(0));
    }

    void chineseDataWithEnglishInterface()
    {
        // The interface language must not change how Chinese data in a file is read.
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(RecordText::cityName(QStringLiteral("shenzhen")), QStringLiteral("Shenzhen")); // English is active
        test::WorkspaceFixture ws;
        auto companies = CsvImport::preview(ws.db(), CsvImport::Kind::Companies, kCompanies.toUtf8());
        ZS_VERIFY_OK(companies);
        QCOMPARE(companies->companies.first().size, QStringLiteral("medium"));
        QVERIFY(CsvImport::commit(ws.db(), companies.value()).ok());
        const QString visits = QStringLiteral("走访日期,地点,企业,意向\n2026-03-05,深圳,东莞精诚模具有限公司,高\n");
        auto preview = CsvImport::preview(ws.db(), CsvImport::Kind::Visits, visits.toUtf8());
        ZS_VERIFY_OK(preview);
        QCOMPARE(preview->visits.size(), 1);
        QCOMPARE(preview->visits.first().city, QStringLiteral("shenzhen"));
        QCOMPARE(preview->visits.first().intent, 3);
        Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    }

    void exportRoundTrips()
    {
        test::WorkspaceFixture ws;
        auto preview = CsvImport::preview(ws.db(), CsvImport::Kind::Companies, kCompanies.toUtf8());
        QVERIFY(CsvImport::commit(ws.db(), preview.value()).ok());
        RecordList list(ws.db(), RecordKind::Company);
        list.setSort(0, Qt::AscendingOrder);
        const QString csv = ws.dir() + QStringLiteral("/out.csv");
        QCOMPARE(ListExporter::write(list, csv, ListExporter::Format::Csv).value(), 2);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        auto table = CsvReader::parse(bytes);
        ZS_VERIFY_OK(table);
        QCOMPARE(table->header.first(), QStringLiteral("企业名称"));
        QCOMPARE(table->records.size(), 2);
        QCOMPARE(table->records.first().fields.first(), QStringLiteral("东莞精诚模具有限公司"));

        const QString xlsx = ws.dir() + QStringLiteral("/out.xlsx");
        QCOMPARE(ListExporter::write(list, xlsx, ListExporter::formatForPath(xlsx)).value(), 2);
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.read(2) == "PK"); // a zip container, as .xlsx is
        QVERIFY(!QFile::exists(xlsx + QStringLiteral(".partial")));
    }

    // What one workspace exports, an empty one imports as the same records, for every kind that imports
    // (RecordKinds' exchange columns): companies, then their contacts, then the visits.
    void everyImportableKindRoundTrips()
    {
        test::WorkspaceFixture from;
        auto made = DemoData::generate(from.db(), 400, 11);
        ZS_VERIFY_OK(made);
        test::WorkspaceFixture to;
        // What each kind's records are, by what the exchange file carries (times to the minute).
        const QList<std::pair<RecordKind, const char*>> dumps{
            {RecordKind::Company,
             "SELECT name || '|' || coalesce(credit_code, '') || '|' || industry || '|' || hq_city || '|' || size || "
             "'|' || coalesce(revenue_wan, '') || '|' || tags || '|' || hometown || '|' || source || '|' || notes "
             "FROM company WHERE deleted = 0"},
            {RecordKind::Contact,
             "SELECT c.name || '|' || p.name || '|' || p.title || '|' || p.phones || '|' || p.email || '|' || "
             "p.wechat || '|' || p.notes FROM contact p JOIN company c ON c.id = p.company_id WHERE p.deleted = 0"},
            {RecordKind::Visit,
             "SELECT c.name || '|' || strftime('%Y-%m-%d %H:%M', v.visited_at / 1000, 'unixepoch', 'localtime') || "
             "'|' || v.city || '|' || v.officers || '|' || v.purpose || '|' || v.notes || '|' || v.outcome || '|' || "
             "v.intent || '|' || v.next_step || '|' || coalesce(v.next_due, '') FROM visit v JOIN company c ON "
             "c.id = v.company_id WHERE v.deleted = 0"},
        };
        const auto dump = [](Database& db, const char* sql) {
            QStringList rows;
            auto stmt = db.prepare(sql);
            while (stmt.ok() && stmt->step().value())
                rows << stmt->text(0);
            rows.sort();
            return rows;
        };
        QCOMPARE(RecordKinds::importablePlurals(),
                 (QStringList{QStringLiteral("companies"), QStringLiteral("contacts"), QStringLiteral("visits"),
                              QStringLiteral("agreements"), QStringLiteral("agreement-tranches"),
                              QStringLiteral("agreement-progress"), QStringLiteral("agreement-measures"),
                              QStringLiteral("compliance"), QStringLiteral("service-milestones"),
                              QStringLiteral("service-requests"), QStringLiteral("service-log"),
                              QStringLiteral("sites"), QStringLiteral("site-requirements")}));
        for (const auto& [kind, sql] : dumps) {
            const KindDecl& declared = RecordKinds::get(kind);
            RecordList list(from.db(), kind);
            const QString csv = from.dir() + QStringLiteral("/%1.csv").arg(QLatin1String(declared.plural));
            auto written = ListExporter::write(list, csv, ListExporter::Format::Csv);
            ZS_VERIFY_OK(written);
            const QStringList before = dump(from.db(), sql);
            QCOMPARE(written.value(), before.size());
            QVERIFY(before.size() > 10);
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto importKind = CsvImport::kindFromName(QLatin1String(declared.plural));
            ZS_VERIFY_OK(importKind);
            auto preview = CsvImport::preview(to.db(), importKind.value(), f.readAll());
            ZS_VERIFY_OK(preview);
            QVERIFY2(preview->problems.isEmpty(), qPrintable(preview->problems.value(0).column + QLatin1Char(' ') +
                                                             preview->problems.value(0).reason));
            QVERIFY2(preview->duplicates.isEmpty(), qPrintable(preview->duplicates.value(0).reason));
            auto committed = CsvImport::commit(to.db(), preview.value());
            ZS_VERIFY_OK(committed);
            QCOMPARE(dump(to.db(), sql), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"

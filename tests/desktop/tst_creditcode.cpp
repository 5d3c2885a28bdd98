#include "desktop/core/directory/CreditCode.h"

#include <QTest>

using namespace zs;

class TestCreditCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realCodesAreValid_data()
    {
        QTest::addColumn<QString>("code");
        // Published codes of well-known companies (Tencent Shenzhen, Huawei, Alibaba Hangzhou).
        QTest::newRow("tencent") << QStringLiteral("91440300708461136T");
        QTest::newRow("huawei") << QStringLiteral("914403001922038216");
        QTest::newRow("alibaba") << QStringLiteral("91330100799655058B");
    }
    void realCodesAreValid()
    {
        QFETCH(QString, code);
        QVERIFY2(CreditCode::isValid(code), qPrintable(CreditCode::problem(code)));
        QCOMPARE(CreditCode::checkCharacter(code.left(17)), code.at(17));
    }

    void nearMissesAreRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("last char changed")
            << QStringLiteral("91440300708461136X") << QStringLiteral("最后一位应为「T」");
        QTest::newRow("digit changed") << QStringLiteral("91440300708461137T") << QStringLiteral("校验位不符");
        QTest::newRow("swapped digits") << QStringLiteral("91440300704861136T") << QStringLiteral("校验位不符");
        QTest::newRow("17 chars") << QStringLiteral("91440300708461136") << QStringLiteral("现在是 17 位");
        QTest::newRow("letter O") << QStringLiteral("91440300708461136O") << QStringLiteral("「O」");
        QTest::newRow("letter I") << QStringLiteral("9144030070846113IT") << QStringLiteral("「I」");
        QTest::newRow("region not digits") << QStringLiteral("9144A300708461136T") << QStringLiteral("行政区划码");
    }
    void nearMissesAreRefused()
    {
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const QString problem = CreditCode::problem(code);
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }

    void normalisesWhatPeopleType()
    {
        QCOMPARE(CreditCode::normalize(QStringLiteral(" 9144 0300-7084 6113 6t ")),
                 QStringLiteral("91440300708461136T"));
        QCOMPARE(CreditCode::normalize(QStringLiteral("９１４４０３００７０８４６１１３６Ｔ")),
                 QStringLiteral("91440300708461136T"));
        QVERIFY(CreditCode::isValid(CreditCode::normalize(QStringLiteral("91440300708461136t"))));
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"

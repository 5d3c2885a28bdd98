#include "desktop/core/session/PassphrasePolicy.h"

#include <QTest>

using namespace zs;

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << false << QStringLiteral("至少需要 10 个字符");
        QTest::newRow("short") << QStringLiteral("Ab1!") << false << QStringLiteral("现在 4 个");
        QTest::newRow("one kind") << QStringLiteral("abcdxyzwqrt") << false << QStringLiteral("至少两类字符");
        QTest::newRow("run") << QStringLiteral("1234567890") << false << QStringLiteral("连续的序列");
        QTest::newRow("same char") << QStringLiteral("aaaaaaaaaaaaaaaaaaaa") << false << QStringLiteral("重复");
        QTest::newRow("common") << QStringLiteral("Password2026") << false << QStringLiteral("太常见");
        QTest::newRow("edge space") << QStringLiteral(" Shaoguan-ok-2026") << false << QStringLiteral("空格");
        QTest::newRow("mixed") << QStringLiteral("shaoguan-demo-2026") << true << QString();
        QTest::newRow("chinese + digits") << QStringLiteral("丹霞山下招商2026年") << true << QString();
        QTest::newRow("long one kind") << QStringLiteral("danxiashanxiazhaoshangyinzi") << true << QString();
        QTest::newRow("long chinese") << QStringLiteral("韶关南雄始兴仁化翁源新丰乳源乐昌浈江武江") << true
                                      << QString();
    }

    void rules()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, acceptable);
        QFETCH(QString, mentions);
        const QStringList problems = PassphrasePolicy::problems(passphrase);
        QCOMPARE(problems.isEmpty(), acceptable);
        if (!acceptable)
            QVERIFY2(problems.join(QLatin1Char(' ')).contains(mentions), qPrintable(problems.join(QLatin1Char(' '))));
        QCOMPARE(PassphrasePolicy::strength(passphrase) > 0, acceptable);
    }

    void strengthGrows()
    {
        QVERIFY(PassphrasePolicy::strength(QStringLiteral("zhao-2026x")) <
                PassphrasePolicy::strength(QStringLiteral("Zhao-Shang-2026-韶关外勤")));
        QCOMPARE(PassphrasePolicy::strength(QStringLiteral("Zhao-Shang-2026-韶关外勤")), 4);
    }
};

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "tst_passphrasepolicy.moc"

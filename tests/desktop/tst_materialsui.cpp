// The brochure composer and the viewer through their widgets, offscreen.
#include "WorkspaceFixture.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/registry/RecordOverview.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/ui/materials/BrochureDialog.h"
#include "desktop/ui/materials/MaterialViewer.h"

#include <QApplication>
#include <QStandardPaths>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfView>
#include <QAbstractItemView>
#include <QPdfDocument>

using namespace zs;

class TestMaterialsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void composeKeepAndView()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("韶关丹霞新材料有限公司");
        c.industry = QStringLiteral("special-steel");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());

        ui::BrochureDialog dialog(ws.workspace(), c.id);
        dialog.show();
        const auto boxes = dialog.findChildren<QCheckBox*>();
        QCOMPARE(boxes.size(), 6);
        for (QCheckBox* box : boxes)
            box->setChecked(false);
        QVERIFY(!dialog.compose()); // nothing chosen: refused with a reason
        boxes.first()->setChecked(true);
        QVERIFY(dialog.compose());
        QVERIFY(dialog.pdf().startsWith("%PDF-"));
        const QString id = dialog.keepInLibrary();
        QVERIFY(!id.isEmpty());
        auto material = MaterialRepository(ws.db()).get(id);
        QVERIFY(material.ok());
        QCOMPARE(material->kind, QStringLiteral("brochure"));
        QCOMPARE(material->companyId, c.id);
        auto overview = RecordOverview::read(ws.db(), RecordKinds::get(RecordKind::Company), c.id);
        QCOMPARE(overview->activity.size(), 1); // the brochure composed for it

        ui::MaterialViewer viewer(ws.workspace(), id);
        viewer.show();
        QVERIFY(viewer.isLoaded());
        QCOMPARE(viewer.document()->pageCount(), material->pages);
    }

    // The viewer's find box: Enter finds (it never presses 放大), the pages stay listed beside the matches, and the
    // matches are painted over the page where they are.
    void findHighlightsMatchesAndKeepsThePages()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("韶关丹霞新材料有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        ui::BrochureDialog composer(ws.workspace(), c.id);
        QVERIFY(composer.compose());
        ui::MaterialViewer viewer(composer.pdf(), QStringLiteral("宣传册"));
        viewer.resize(1100, 820);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QPdfView* view = viewer.view();
        const int pages = viewer.document()->pageCount();
        auto* pageList = viewer.findChild<QListWidget*>(QStringLiteral("pageList"));
        auto* results = viewer.findChild<QListWidget*>(QStringLiteral("findResults"));
        QVERIFY(pageList && results);
        QCOMPARE(pageList->count(), pages);

        // Where the view draws page 1: white inside the computed rectangle, the dark backdrop just left of it.
        QTRY_VERIFY(!view->viewport()->grab().isNull());
        QRect first = viewer.pageGeometry(0);
        QVERIFY(first.width() > 300);
        QTRY_COMPARE(view->viewport()->grab().toImage().pixelColor(first.left() + 2, first.top() + 2),
                     QColor(Qt::white));
        const QColor backdrop = view->viewport()->grab().toImage().pixelColor(first.left() - 3, first.top() + 40);
        QVERIFY2(backdrop != QColor(Qt::white), qPrintable(backdrop.name()));

        auto* find = viewer.findChild<QLineEdit*>();
        QVERIFY(find);
        find->setFocus();
        find->setText(QStringLiteral("用地")); // typed (QTest types ASCII only)
        const qreal zoom = view->zoomFactor();
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::FitToWidth); // 放大 not pressed
        QCOMPARE(view->zoomFactor(), zoom);
        QVERIFY(results->isVisible());
        QVERIFY(results->count() > 0);
        QCOMPARE(pageList->count(), pages); // the page list stays
        const auto matches = viewer.matches();
        QVERIFY(!matches.isEmpty());

        // The first match's page is shown, and the middle of its first match is tinted (not white, not black).
        const int page = results->item(0)->data(Qt::UserRole).toInt();
        QVERIFY(matches.contains(page));
        const QRectF hit = matches.value(page).first();
        QTRY_VERIFY(viewer.pageGeometry(page).intersects(view->viewport()->rect()));
        const QRect geometry = viewer.pageGeometry(page);
        const qreal scale = geometry.width() / viewer.document()->pagePointSize(page).width();
        const QPoint centre = (geometry.topLeft() + hit.center() * scale).toPoint();
        QVERIFY(view->viewport()->rect().contains(centre));
        QTRY_VERIFY2(
            [&] {
                const QColor tint = view->viewport()->grab().toImage().pixelColor(centre);
                return tint.red() > 200 && tint.green() > 120 && tint.blue() < 180;
            }(),
            qPrintable(view->viewport()->grab().toImage().pixelColor(centre).name()));

        // Clearing the box clears the matches.
        find->clear();
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(viewer.matches().isEmpty());
        QVERIFY(!results->isVisible());
    }

    // Typing a company's name through an input method (pinyin preedit, then the committed characters), as an officer
    // does: the line holds exactly what was committed, the popup offers the companies containing it, and choosing
    // one selects that company.
    void companyFieldTakesWhatTheInputMethodCommits()
    {
        test::WorkspaceFixture ws;
        QString huada;
        for (const char* name : {"广州华达精密机械有限公司", "东莞新达智能装备有限公司", "深圳华信电子科技有限公司"}) {
            Company c;
            c.name = QString::fromUtf8(name);
            QVERIFY(CompanyRepository(ws.db()).create(c).ok());
            if (c.name.contains(QStringLiteral("华达")))
                huada = c.id;
        }
        ui::BrochureDialog dialog(ws.workspace(), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("brochureCompany"));
        QVERIFY(combo && combo->lineEdit());
        QLineEdit* line = combo->lineEdit();
        line->setFocus();
        line->clear();
        const auto type = [line](const QString& preedit, const QString& commit) {
            for (int i = 1; i <= preedit.size(); ++i) {
                QInputMethodEvent composing(preedit.left(i), {});
                QApplication::sendEvent(line, &composing);
            }
            QInputMethodEvent committed;
            committed.setCommitString(commit);
            QApplication::sendEvent(line, &committed);
        };
        type(QStringLiteral("hua"), QStringLiteral("华"));
        QCOMPARE(line->text(), QStringLiteral("华"));
        type(QStringLiteral("da"), QStringLiteral("达"));
        QCOMPARE(line->text(), QStringLiteral("华达"));
        QCompleter* completer = combo->completer();
        QCOMPARE(completer->completionMode(), QCompleter::PopupCompletion);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("广州华达精密机械有限公司"));
        // 达 alone: two companies contain it, and the line still reads 达.
        line->clear();
        type(QStringLiteral("da"), QStringLiteral("达"));
        QCOMPARE(line->text(), QStringLiteral("达"));
        QTRY_COMPARE(completer->completionCount(), 2);
        // Back to 华达, and the popup's entry chosen with the keyboard.
        line->clear();
        type(QStringLiteral("huada"), QStringLiteral("华达"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(combo->currentText(), QStringLiteral("广州华达精密机械有限公司"));
        QCOMPARE(combo->currentData().toString(), huada);
    }
};

QTEST_MAIN(TestMaterialsUi)
#include "tst_materialsui.moc"

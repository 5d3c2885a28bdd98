// The brochure composer and the viewer through their widgets, offscreen.
#include "WorkspaceFixture.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/directory/CompanyTimeline.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/ui/materials/BrochureDialog.h"
#include "desktop/ui/materials/MaterialViewer.h"

#include <QApplication>
#include <QStandardPaths>
#include <QCheckBox>
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
        auto timeline = CompanyTimeline(ws.db()).entries(c.id);
        QCOMPARE(timeline->size(), 1);

        ui::MaterialViewer viewer(ws.workspace(), id);
        viewer.show();
        QVERIFY(viewer.isLoaded());
        QCOMPARE(viewer.document()->pageCount(), material->pages);
    }
};

QTEST_MAIN(TestMaterialsUi)
#include "tst_materialsui.moc"

// Materials and brochures (issue 4):
//   an 8-page brochure with two park profiles          <= 1.5 s, <= 2 MB
//   opening a 50-page material: page 1 shown            <= 300 ms
#include "BenchReport.h"
#include "desktop/core/Workspace.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/print/BrochureComposer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace zs;

namespace {
// A 50-page document like a printed policy compilation: text and a photo-sized picture on every page.
QByteArray fiftyPages()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    QPainter p(&writer);
    p.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 11));
    QImage photo(1200, 800, QImage::Format_RGB32);
    for (int y = 0; y < photo.height(); ++y)
        for (int x = 0; x < photo.width(); ++x)
            photo.setPixel(x, y, qRgb((x * 7 + y) % 256, (y * 3) % 256, (x ^ y) % 256));
    for (int page = 0; page < 50; ++page) {
        if (page)
            writer.newPage();
        for (int l = 0; l < 40; ++l)
            p.drawText(150, 200 + l * 70,
                       QStringLiteral("第 %1 页 · 韶关市招商引资政策汇编 · 第 %2 行").arg(page + 1).arg(l + 1));
        p.drawImage(QRect(150, 3000, 1800, 500), photo);
    }
    p.end();
    return out;
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("b.zsdb")),
                                SecureBytes::fromPassphrase(QStringLiteral("bench-口令-2026")), KdfParams::minimal());
    if (!ws.ok())
        return 1;
    Database& db = ws.value()->db();
    Company c;
    c.name = QStringLiteral("深圳华信电子科技有限公司");
    c.industry = QStringLiteral("pcb");
    if (!CompanyRepository(db).create(c).ok())
        return 1;
    BrochureComposer::Request request;
    request.companyId = c.id;
    // Cover, four policy sections, two parks, the contact card: eight pages.
    request.sections = {QStringLiteral("land"), QStringLiteral("tax"), QStringLiteral("talent"),
                        QStringLiteral("chain")};
    request.officer = {QStringLiteral("陈志远"), QStringLiteral("招商专员"), QStringLiteral("13800000000"),
                       QStringLiteral("chen@example.cn"), QStringLiteral("驻深圳招商组")};
    std::vector<double> times;
    QByteArray pdf;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto made = BrochureComposer(db).pdf(request);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!made.ok())
            return 1;
        pdf = made.value();
    }
    QBuffer check;
    check.setData(pdf);
    check.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&check);
    std::printf("Brochure: %d pages (four policy sections, two park profiles, contact card)\n", doc.pageCount());
    const double ms = benchMedian(times);
    benchLine("brochure generated (median of 5)", ms, "ms", "<= 1500", ms <= 1500);
    const double mb = double(pdf.size()) / (1024.0 * 1024.0);
    benchLine("brochure size", mb, "MB", "<= 2", mb <= 2);

    const QByteArray big = fiftyPages();
    Material m;
    m.title = QStringLiteral("政策汇编（50 页）");
    m.kind = QStringLiteral("policy");
    m.mime = QStringLiteral("application/pdf");
    m.pages = 50;
    if (!MaterialRepository(db).add(m, big).ok())
        return 1;
    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto bytes = MaterialRepository(db).bytes(m.id); // decrypted from the workspace
        QBuffer buffer;
        buffer.setData(bytes.value());
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument material;
        material.load(&buffer);
        const QImage page = material.render(0, QSize(1000, 1414)); // page 1 at screen size
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
        if (page.isNull() || material.pageCount() != 50)
            return 1;
    }
    std::printf("Material: 50 pages, %.1f MB\n", double(big.size()) / (1024.0 * 1024.0));
    const double open = benchMedian(opens);
    benchLine("open a 50-page material, page 1 rendered", open, "ms", "<= 300", open <= 300);
    return 0;
}

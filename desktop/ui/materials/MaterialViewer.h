#pragma once

#include <QByteArray>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QRectF>

class QBuffer;
class QLabel;
class QLineEdit;
class QListWidget;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QSpinBox;

namespace zs {
class Workspace;
}

namespace zs::ui {

// A material from the encrypted library, shown from memory (QPdfDocument over a QBuffer, never a plaintext
// temporary file): pages, zoom, fit width, text search, copy a page's text, print with preview, and an explicit
// "save a decrypted copy".
class MaterialViewer : public QDialog
{
    Q_OBJECT

public:
    MaterialViewer(Workspace& workspace, const QString& materialId, QWidget* parent = nullptr);
    // For documents that are not in the library yet (a brochure being composed).
    MaterialViewer(const QByteArray& pdf, const QString& title, QWidget* parent = nullptr);
    ~MaterialViewer() override;

    QPdfDocument* document() const { return m_document; }
    // For tests: the view, and where its matches are painted.
    QPdfView* view() const { return m_view; }
    QHash<int, QList<QRectF>> matches() const;
    QRect pageGeometry(int page) const;
    bool isLoaded() const;

private:
    void build(const QString& title, const QString& notice);
    void load(const QByteArray& bytes);
    void goToPage(int page);
    void search();
    void copyPageText();
    void print();
    void preview();
    void saveCopy();

    QByteArray m_bytes;
    QBuffer* m_buffer;
    QPdfDocument* m_document;
    QPdfView* m_view = nullptr;
    QSpinBox* m_page = nullptr;
    QLineEdit* m_find = nullptr;
    QListWidget* m_pages = nullptr;   // every page
    QListWidget* m_results = nullptr; // the pages a search found, with their counts
    QLabel* m_resultsTitle = nullptr;
    QPdfSearchModel* m_search = nullptr;
    QString m_title;
};

} // namespace zs::ui

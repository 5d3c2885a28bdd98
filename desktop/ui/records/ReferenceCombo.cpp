#include "desktop/ui/records/ReferenceCombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace zs::ui {

void fillReferenceCombo(QComboBox* combo, const Result<QList<Choice>>& choices, const QString& emptyText)
{
    combo->addItem(emptyText, QString());
    if (!choices.ok())
        return;
    for (const Choice& c : choices.value())
        combo->addItem(c.text, c.value);
}

void fillIndustryCombo(QComboBox* combo, Database& db, const QString& emptyText)
{
    auto tree = Choices(db).industryTree();
    if (!tree.ok()) { // the flat list, as before
        fillReferenceCombo(combo, Choices(db).seedList(QStringLiteral("ref_industry")), emptyText);
        return;
    }
    auto* model = new QStandardItemModel(combo);
    const auto add = [model](const QString& text, const QString& code) {
        auto* item = new QStandardItem(text);
        item->setData(code, Qt::UserRole);
        model->appendRow(item);
        return item;
    };
    add(emptyText, QString());
    QString chain, link;
    QFont bold = combo->font();
    bold.setBold(true);
    for (const Choices::Industry& i : tree.value()) {
        if (i.chain != chain) {
            QStandardItem* header = add(i.chain, QString());
            header->setFlags(Qt::NoItemFlags); // a heading, never chosen
            header->setFont(bold);
            chain = i.chain;
            link.clear();
        }
        if (i.link != link) {
            QStandardItem* header = add(QStringLiteral("  ") + i.link, QString());
            header->setFlags(Qt::NoItemFlags);
            header->setForeground(combo->palette().color(QPalette::Disabled, QPalette::Text));
            link = i.link;
        }
        QStandardItem* item = add(i.industry.text, i.industry.value);
        item->setToolTip(i.chain + QStringLiteral(" · ") + i.link);
    }
    combo->setModel(model);
    combo->setMaxVisibleItems(20);
    makeSearchable(combo);
}

void makeSearchable(QComboBox* combo, const QString& placeholder)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    if (!placeholder.isEmpty())
        combo->lineEdit()->setPlaceholderText(placeholder);
}

void selectCode(QComboBox* combo, const QString& code)
{
    const int at = combo->findData(code);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace zs::ui

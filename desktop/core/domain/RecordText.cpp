#include "desktop/core/domain/RecordText.h"

#include <QRegularExpression>
#include <QLocale>

#include <cmath>

namespace zs {

QStringList RecordText::visitCities()
{
    return {QStringLiteral("guangzhou"), QStringLiteral("shenzhen"), QStringLiteral("dongguan"),
            QStringLiteral("other")};
}

QString RecordText::cityName(const QString& code)
{
    if (code == QLatin1String("guangzhou"))
        return tr("广州");
    if (code == QLatin1String("shenzhen"))
        return tr("深圳");
    if (code == QLatin1String("dongguan"))
        return tr("东莞");
    if (code == QLatin1String("other"))
        return tr("其他");
    return code;
}

QString RecordText::cityCode(const QString& nameOrCode)
{
    // Data (CSV files) is Chinese whatever the interface language: match the Chinese names, the codes and the
    // names in the current language.
    const QString s = nameOrCode.trimmed();
    const QString chinese[] = {QStringLiteral("广州"), QStringLiteral("深圳"), QStringLiteral("东莞"),
                               QStringLiteral("其他")};
    const QStringList codes = visitCities();
    for (int i = 0; i < codes.size(); ++i) {
        const QString& code = codes.at(i);
        if (s.compare(code, Qt::CaseInsensitive) == 0 || s.startsWith(chinese[i]) ||
            s.compare(cityName(code), Qt::CaseInsensitive) == 0)
            return code;
    }
    return s.isEmpty() ? QString() : QStringLiteral("other");
}

QStringList RecordText::companySizes()
{
    return {QStringLiteral("micro"), QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")};
}

QString RecordText::sizeName(const QString& code)
{
    if (code == QLatin1String("micro"))
        return tr("微型");
    if (code == QLatin1String("small"))
        return tr("小型");
    if (code == QLatin1String("medium"))
        return tr("中型");
    if (code == QLatin1String("large"))
        return tr("大型");
    return QString();
}

QString RecordText::intentName(int level)
{
    switch (level) {
    case 1:
        return tr("低");
    case 2:
        return tr("中");
    case 3:
        return tr("高");
    default:
        return tr("未判断");
    }
}

QStringList RecordText::leadSources()
{
    return {QStringLiteral("team"),    QStringLiteral("enterprise"), QStringLiteral("agent"),
            QStringLiteral("chamber"), QStringLiteral("hometown"),   QStringLiteral("event")};
}

QString RecordText::leadSourceName(const QString& code)
{
    if (code == QLatin1String("team"))
        return tr("驻点招商组");
    if (code == QLatin1String("enterprise"))
        return tr("企业推荐（以商引商）");
    if (code == QLatin1String("agent"))
        return tr("招商经纪人/代理机构");
    if (code == QLatin1String("chamber"))
        return tr("异地商会");
    if (code == QLatin1String("hometown"))
        return tr("乡贤");
    if (code == QLatin1String("event"))
        return tr("推介活动");
    return code;
}

QStringList RecordText::eventKinds()
{
    return {QStringLiteral("promotion"), QStringLiteral("trade"), QStringLiteral("campus")};
}

QString RecordText::eventKindName(const QString& code)
{
    if (code == QLatin1String("promotion"))
        return tr("推介会");
    if (code == QLatin1String("trade"))
        return tr("经贸活动");
    if (code == QLatin1String("campus"))
        return tr("校园招聘");
    return code;
}

QStringList RecordText::materialKinds()
{
    return {QStringLiteral("policy"),  QStringLiteral("park"), QStringLiteral("brochure"),
            QStringLiteral("project"), QStringLiteral("map"),  QStringLiteral("other")};
}

QString RecordText::materialKindName(const QString& code)
{
    if (code == QLatin1String("policy"))
        return tr("政策文件");
    if (code == QLatin1String("park"))
        return tr("园区介绍");
    if (code == QLatin1String("brochure"))
        return tr("宣传册");
    if (code == QLatin1String("project"))
        return tr("项目推介");
    if (code == QLatin1String("map"))
        return tr("地图与图片");
    return tr("其他");
}

QString RecordText::figure(double v)
{
    static const QLocale locale = QLocale::system(); // built once: matching formats thousands of figures
    return locale.toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

QString RecordText::isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QChar RecordText::foldFullWidth(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0xFF01 && u <= 0xFF5E ? QChar(static_cast<char16_t>(u - 0xFEE0)) : c;
}

QString RecordText::normalizeName(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        const QChar folded = foldFullWidth(c);
        if (folded.isSpace() || folded.isPunct() || folded.isSymbol())
            continue;
        out.append(folded.toLower());
    }
    return out;
}

QString RecordText::nameCore(const QString& name)
{
    static const QRegularExpression bracketed(QStringLiteral("[（(][^）)]{1,12}[）)]"));
    // Longest first: 股份有限公司 before 有限公司 before 公司.
    static const QStringList forms = {QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"),
                                      QStringLiteral("集团有限公司"), QStringLiteral("有限公司"),
                                      QStringLiteral("股份公司"),     QStringLiteral("集团公司"),
                                      QStringLiteral("分公司"),       QStringLiteral("公司"),
                                      QStringLiteral("集团"),         QStringLiteral("厂")};
    static const QStringList cities = {
        QStringLiteral("广东省"), QStringLiteral("广州市"), QStringLiteral("深圳市"), QStringLiteral("东莞市"),
        QStringLiteral("佛山市"), QStringLiteral("韶关市"), QStringLiteral("广州"),   QStringLiteral("深圳"),
        QStringLiteral("东莞"),   QStringLiteral("佛山"),   QStringLiteral("韶关"),   QStringLiteral("惠州"),
        QStringLiteral("中山"),   QStringLiteral("珠海"),   QStringLiteral("江门"),   QStringLiteral("清远")};
    QString core = normalizeName(QString(name).remove(bracketed));
    for (bool changed = true; changed;) {
        changed = false;
        for (const QString& form : forms) {
            if (core.size() > form.size() + 1 && core.endsWith(form)) {
                core.chop(form.size());
                changed = true;
            }
        }
    }
    for (const QString& city : cities) {
        if (core.size() > city.size() + 1 && core.startsWith(city)) {
            core.remove(0, city.size());
            break;
        }
    }
    return core;
}

} // namespace zs

#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace zs {

// 韶关区位示意图: a schematic of where the city's three districts and seven counties lie, the Beijing–Guangzhou
// high-speed line and the expressway south to Guangzhou, Dongguan and Shenzhen, drawn with the print faces. It is a
// schematic (not a standard map: it says so on its face), made for the demo workspace's materials library so that a
// brochure's cover has a picture to show; an agency puts its own maps and photos in the library.
class LocationMap
{
    Q_DECLARE_TR_FUNCTIONS(LocationMap)

public:
    static QImage render(QSize size = QSize(1800, 760));
};

} // namespace zs

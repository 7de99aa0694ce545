// homing_render_icon SVG SIZE PNG: renders the application icon at SIZE x SIZE pixels (build time
// only, for the hicolor PNG icons that packages and older desktops want).
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size <= 0) {
        QTextStream(stderr) << "usage: homing_render_icon SVG SIZE PNG\n";
        return 64;
    }
    QImageReader reader(args.at(1));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        QTextStream(stderr) << "homing_render_icon: " << args.at(1) << ": " << reader.errorString() << '\n';
        return 1;
    }
    if (!image.convertToFormat(QImage::Format_ARGB32).save(args.at(3), "PNG")) {
        QTextStream(stderr) << "homing_render_icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}

// Build-time tool: renders the application's SVG icon to the PNG sizes of the hicolor icon theme, so the package's
// PNGs always match the SVG and no generated image is kept in the source tree. Only QtSvg is needed: no extra
// Debian package (rsvg-convert, ImageMagick) just for this.
//
// Usage: alertdesk_icon_renderer SVG OUTDIR NAME SIZE...  writes OUTDIR/<SIZE>/<NAME>.png for each SIZE.

#include <cstdio>

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

namespace {

bool renderOne(QSvgRenderer& renderer, int size, const QString& path)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    return QDir().mkpath(QFileInfo(path).absolutePath()) && image.save(path, "PNG");
}

int fail(const QString& message)
{
    std::fprintf(stderr, "alertdesk_icon_renderer: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // fonts need it; CMake runs this with QT_QPA_PLATFORM=minimal
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 5)
        return fail(QStringLiteral("usage: alertdesk_icon_renderer SVG OUTDIR NAME SIZE..."));

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("%1 is not a valid SVG file").arg(args.at(1)));

    const QString outDir = args.at(2);
    const QString name = args.at(3);
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 1024)
            return fail(QStringLiteral("%1 is not an icon size (1 to 1024 pixels)").arg(args.at(i)));
        const QString path = QStringLiteral("%1/%2/%3.png").arg(outDir).arg(size).arg(name);
        if (!renderOne(renderer, size, path))
            return fail(QStringLiteral("could not write %1").arg(path));
    }
    return 0;
}

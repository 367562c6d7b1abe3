// SPDX-License-Identifier: GPL-3.0-or-later
// render_icons SVG OUTDIR: the PNG sizes of the hicolor theme and the Windows .ico, from the one SVG.
// The outputs are committed (resources/icons/), so neither the Linux nor the Windows build needs to run a
// freshly built program; `cmake --build build --target dxplanner_icons` renders them again after an edit.
#include <QBuffer>
#include <QDataStream>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: render_icons ICON.svg OUTDIR\n", stderr);
        return 1;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fputs("render_icons: not a valid SVG\n", stderr);
        return 1;
    }
    const auto render = [&svg](int size) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p);
        return image;
    };
    const QString out = args.at(2);
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString file = out + QStringLiteral("/dxplanner-%1.png").arg(size);
        QImageWriter w(file, "png");
        if (!w.write(render(size))) {
            std::fprintf(stderr, "render_icons: %s\n", qPrintable(w.errorString()));
            return 1;
        }
    }
    // Windows takes every size from one .ico. Qt's ico writer writes one image per file, so the file is
    // put together here: the ICONDIR header, one 16-byte entry per size, then each size as PNG (the
    // format Windows Vista and later read in an .ico).
    QList<QByteArray> pngs;
    const QList<int> icoSizes{16, 24, 32, 48, 64, 256};
    for (int size : icoSizes) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        render(size).save(&buffer, "png");
        pngs << png;
    }
    QByteArray ico;
    QDataStream s(&ico, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s << quint16(0) << quint16(1) << quint16(icoSizes.size());
    quint32 offset = 6 + 16 * quint32(icoSizes.size());
    for (int i = 0; i < icoSizes.size(); ++i) {
        const quint8 side = icoSizes.at(i) >= 256 ? 0 : quint8(icoSizes.at(i)); // 0 means 256
        s << side << side << quint8(0) << quint8(0) << quint16(1) << quint16(32) << quint32(pngs.at(i).size())
          << offset;
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &png : pngs)
        s.writeRawData(png.constData(), int(png.size()));
    QFile file(out + QStringLiteral("/dxplanner.ico"));
    if (!file.open(QIODevice::WriteOnly) || file.write(ico) != ico.size()) {
        std::fputs("render_icons: cannot write dxplanner.ico\n", stderr);
        return 1;
    }
    return 0;
}

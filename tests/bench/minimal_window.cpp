// The reference for the kiosk's cold start (scripts/bench-startup): the least a Qt Widgets program of
// this build does to paint a window, timed the way `twofactor-kiosk --screenshot FILE` is: shown, then
// grabbed and saved as PNG after 500 ms, then exit. Both minus the 500 ms give the cost of starting.
#include <QApplication>
#include <QLabel>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLabel window(u"TwoFactorKiosk"_s);
    window.resize(1024, 700);
    window.show();
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"/dev/null"_s;
    QTimer::singleShot(500, &window, [&window, path] { QApplication::exit(window.grab().save(path, "PNG") ? 0 : 1); });
    return QApplication::exec();
}

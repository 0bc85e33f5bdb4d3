// The program's options, defined once for both ways it runs: with the window and headless (--headless --api).
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace tfk {

class CommandLine
{
public:
    CommandLine();

    // Every option and the subcommands' one-line summaries, for --help in either mode.
    void addTo(QCommandLineParser& parser) const;

    // The first option set that needs the window, named in a sentence; nullopt when none is.
    std::optional<QString> windowOnlyOptionIn(const QCommandLineParser& parser) const;

    // The sentence for an option that is gone (what replaced it); nullopt when none is set.
    std::optional<QString> retiredOptionIn(const QCommandLineParser& parser) const;

    const QCommandLineOption database;
    const QCommandLineOption settings;
    const QCommandLineOption mockSms;
    const QCommandLineOption demo;
    const QCommandLineOption screenshot;
    const QCommandLineOption screenshots;
    const QCommandLineOption kiosk;
    const QCommandLineOption setOperatorPin;
    const QCommandLineOption language;
    const QCommandLineOption api;
    const QCommandLineOption headless;
    const QCommandLineOption apiListen;
    const QCommandLineOption allowRemoteApi;
    const QCommandLineOption apiView;
};

} // namespace tfk

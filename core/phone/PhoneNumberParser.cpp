#include "PhoneNumberParser.h"

#include "phone/PhoneNumberEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QThreadPool>

#include <dlfcn.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// libtfk-phonenumbers.so, loaded once, at the first question (or by loadInBackground after the window is
// painted), from the folders the loader searches for the program itself: its RUNPATH (the build tree's lib/,
// or installed $ORIGIN/../lib/<triplet>/twofactor-kiosk), LD_LIBRARY_PATH, the system's. Asked of the loader
// (RTLD_DI_SERINFO) rather than left to dlopen's own search, which uses the RUNPATH of whatever object calls
// it: under AddressSanitizer that is the sanitizer's library, which has none.
struct LoadedEngine
{
    const PhoneNumberEngine* engine = nullptr;
    QString problem; // why not, when engine is null
};

QStringList programSearchPath()
{
    void* program = dlopen(nullptr, RTLD_NOW);
    Dl_serinfo size;
    if (program == nullptr || dlinfo(program, RTLD_DI_SERINFOSIZE, &size) != 0) {
        return {};
    }
    std::vector<std::max_align_t> buffer(size.dls_size / sizeof(std::max_align_t) + 1);
    auto* info = reinterpret_cast<Dl_serinfo*>(buffer.data());
    *info = size; // dls_size and dls_cnt tell dlinfo the room it has
    if (dlinfo(program, RTLD_DI_SERINFO, info) != 0) {
        return {};
    }
    QStringList folders;
    for (unsigned int i = 0; i < info->dls_cnt; ++i) {
        folders << QString::fromLocal8Bit(info->dls_serpath[i].dls_name);
    }
    return folders;
}

const LoadedEngine& loadedEngine()
{
    static const LoadedEngine loaded = [] {
        LoadedEngine result;
        void* library = nullptr;
        for (const QString& folder : programSearchPath()) {
            const QString file = folder + u'/' + QString::fromLatin1(kPhoneNumberEngineLibrary);
            if (QFileInfo::exists(file)) {
                library = dlopen(QFile::encodeName(file).constData(), RTLD_NOW | RTLD_LOCAL);
                break;
            }
        }
        if (library == nullptr) {
            library = dlopen(kPhoneNumberEngineLibrary, RTLD_NOW | RTLD_LOCAL); // or says why not
        }
        if (library == nullptr) {
            result.problem = QString::fromLocal8Bit(dlerror());
        } else if (auto entry = reinterpret_cast<PhoneNumberEngineEntry>(dlsym(library, kPhoneNumberEngineEntry))) {
            result.engine = entry();
        } else {
            result.problem = QString::fromLocal8Bit(dlerror());
        }
        if (result.engine == nullptr) {
            std::fprintf(stderr, "twofactor-kiosk: phone numbers cannot be checked: %s\n", qPrintable(result.problem));
        }
        return result;
    }();
    return loaded;
}

const PhoneNumberEngine* engine()
{
    return loadedEngine().engine;
}

} // namespace

QString PhoneNumber::international() const
{
    const PhoneNumberEngine* phones = engine();
    return phones != nullptr ? phones->international(e164) : e164;
}
namespace {

// "+1 ... 0123": the country code and the last digits of a number already known to be E.164.
QString maskOfE164(const QString& e164, int countryCode)
{
    const QString code = QString::number(countryCode);
    const QString national = e164.mid(1 + code.size());
    // Short national numbers (small islands) would be half revealed by 4 digits.
    const qsizetype shownDigits = national.size() >= 8 ? 4 : national.size() >= 6 ? 2 : 0;
    QString masked = u"+"_s + code + u" ..."_s;
    if (shownDigits > 0) {
        masked += u' ' + national.right(shownDigits);
    }
    return masked;
}

} // namespace

QString PhoneNumber::masked() const
{
    // A parsed number knows its country code: no second trip through libphonenumber.
    if (countryCode > 0 && e164.startsWith(u'+' + QString::number(countryCode))) {
        return maskOfE164(e164, countryCode);
    }
    return PhoneNumberParser::mask(e164);
}

PhoneNumberParser::PhoneNumberParser(Options options)
    : m_options(std::move(options))
{
}

Result<PhoneNumber> PhoneNumberParser::parse(const QString& text) const
{
    return parse(text, QString());
}

namespace {

// Results of libphonenumber kept by their input: it spends about 0.3 million instructions on one
// number, and the service parses and masks the same stored numbers again at every send. Only
// successes are kept (an error's sentence follows the interface language). Bounded: emptied when full.
template <typename T> class KnownResults
{
public:
    static constexpr qsizetype kMaxEntries = 4096;

    std::optional<T> find(const QString& key)
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_results.constFind(key);
        if (it == m_results.cend()) {
            return std::nullopt;
        }
        return *it;
    }
    void insert(const QString& key, const T& result)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_results.size() >= kMaxEntries) {
            m_results.clear();
        }
        m_results.insert(key, result);
    }

private:
    QMutex m_mutex;
    QHash<QString, T> m_results;
};

KnownResults<PhoneNumber>& parsedNumbers()
{
    static KnownResults<PhoneNumber> numbers;
    return numbers;
}

KnownResults<QString>& maskedNumbers()
{
    static KnownResults<QString> masks;
    return masks;
}

} // namespace

Result<PhoneNumber> PhoneNumberParser::parse(const QString& text, const QString& region) const
{
    const QString key
        = (m_options.allowTestNumbers ? u"t|"_s : u"-|"_s) % m_options.defaultRegion % u'|' % region % u'|' % text;
    if (std::optional<PhoneNumber> known = parsedNumbers().find(key)) {
        return *known;
    }
    Result<PhoneNumber> parsed = parseUncached(text, region);
    if (parsed) {
        parsedNumbers().insert(key, *parsed);
    }
    return parsed;
}

Result<PhoneNumber> PhoneNumberParser::parseUncached(const QString& text, const QString& region) const
{
    if (const PhoneNumberEngine* phones = engine()) {
        return phones->parse(text, region, m_options);
    }
    return fail(Error {u"[PhoneNumbersUnavailable]"_s,
                       tr("Phone numbers cannot be checked: the program's phone number library (%1) did not load "
                          "(%2). Reinstall TwoFactorKiosk.")
                           .arg(QString::fromLatin1(kPhoneNumberEngineLibrary), loadedEngine().problem),
                       500, u"mobilePhone"_s});
}

QString PhoneNumberParser::mask(const QString& e164)
{
    if (e164.isEmpty()) {
        return {};
    }
    static const QRegularExpression strictE164(u"^\\+[1-9][0-9]{1,14}$"_s);
    if (std::optional<QString> known = maskedNumbers().find(e164)) {
        return *known;
    }
    const PhoneNumberEngine* phones = engine();
    const int countryCode = phones != nullptr && strictE164.match(e164).hasMatch() ? phones->countryCodeOf(e164) : 0;
    if (countryCode > 0) {
        const QString masked = maskOfE164(e164, countryCode);
        maskedNumbers().insert(e164, masked);
        return masked;
    }
    // Not a number we stored: reveal at most two trailing digits, and only of something digit-heavy.
    const auto isAsciiDigit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    const auto digits = std::ranges::count_if(e164, isAsciiDigit);
    if (digits >= 6 && isAsciiDigit(e164.back()) && isAsciiDigit(e164.at(e164.size() - 2))) {
        return u"..."_s + e164.right(2);
    }
    return u"..."_s;
}

QList<QPair<QString, int>> PhoneNumberParser::supportedRegions()
{
    const PhoneNumberEngine* phones = engine();
    return phones != nullptr ? phones->supportedRegions() : QList<QPair<QString, int>> {};
}

bool PhoneNumberParser::isSupportedRegion(const QString& region) const
{
    const PhoneNumberEngine* phones = engine();
    return phones != nullptr && phones->isSupportedRegion(region);
}

void PhoneNumberParser::loadInBackground()
{
    // Qt's global pool: QCoreApplication waits for it before the program ends.
    QThreadPool::globalInstance()->start([] {
        if (const PhoneNumberEngine* phones = engine()) {
            phones->countryCodeOf(u"+12015550123"_s); // libphonenumber reads its metadata at the first question
        }
    });
}

} // namespace tfk

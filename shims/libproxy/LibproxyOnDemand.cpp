// libproxy.so.1, loaded on demand. QtNetwork asks libproxy for the system's proxy settings; the real
// library pulls in about thirty others (curl, GnuTLS, GIO, ...) at every start of every program linked to
// QtNetwork. This one has libproxy's soname and ABI (libproxy.map); the programs load it before QtNetwork,
// so QtNetwork's need is met by it, and it loads the real libproxy (its absolute path, found at configure
// time) at the first call: Qt's first proxy lookup through the system's settings.
//
// Should the real library be missing or broken, every lookup answers "direct://" (no proxy) and the reason
// is said once on stderr: the same answer libproxy gives when nothing is configured.

#include <dlfcn.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#define TFK_EXPORT extern "C" __attribute__((visibility("default")))

struct pxProxyFactory;

namespace {

struct RealLibproxy
{
    pxProxyFactory* (*factoryNew)() = nullptr;
    char** (*getProxies)(pxProxyFactory*, const char*) = nullptr;
    void (*freeProxies)(char**) = nullptr;
    void (*factoryFree)(pxProxyFactory*) = nullptr;
    unsigned long (*getType)() = nullptr;
    pxProxyFactory* (*factoryCopy)(pxProxyFactory*) = nullptr;
    bool usable = false;
};

std::atomic<bool> g_loaded {false};

template <typename Function> bool resolve(void* handle, const char* name, Function& function)
{
    function = reinterpret_cast<Function>(dlsym(handle, name));
    return function != nullptr;
}

const RealLibproxy& real()
{
    static const RealLibproxy loaded = [] {
        RealLibproxy library;
        void* handle = dlopen(TFK_SYSTEM_LIBPROXY, RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            std::fprintf(stderr,
                         "twofactor-kiosk: libproxy cannot be loaded (%s): the system's proxy settings are not used; "
                         "set a proxy for Twilio in Settings instead.\n",
                         dlerror());
            return library;
        }
        library.usable = resolve(handle, "px_proxy_factory_new", library.factoryNew)
            && resolve(handle, "px_proxy_factory_get_proxies", library.getProxies)
            && resolve(handle, "px_proxy_factory_free_proxies", library.freeProxies)
            && resolve(handle, "px_proxy_factory_free", library.factoryFree);
        // libproxy 0.5's additions (GObject boxed type): only if asked for.
        resolve(handle, "px_proxy_factory_get_type", library.getType);
        resolve(handle, "px_proxy_factory_copy", library.factoryCopy);
        if (!library.usable) {
            std::fprintf(stderr,
                         "twofactor-kiosk: %s lacks libproxy's functions: the system's proxy settings are not used.\n",
                         TFK_SYSTEM_LIBPROXY);
        }
        g_loaded.store(true);
        return library;
    }();
    return loaded;
}

// The factory handed out when the real library is not usable: never dereferenced.
pxProxyFactory* unusableFactory()
{
    static char marker;
    return reinterpret_cast<pxProxyFactory*>(&marker);
}

// libproxy's answer for "no proxy": a NULL-terminated array of malloc'd strings.
char** directOnly()
{
    auto* proxies = static_cast<char**>(std::calloc(2, sizeof(char*)));
    if (proxies != nullptr) {
        proxies[0] = strdup("direct://");
    }
    return proxies;
}

} // namespace

TFK_EXPORT pxProxyFactory* px_proxy_factory_new()
{
    const RealLibproxy& library = real();
    return library.usable ? library.factoryNew() : unusableFactory();
}

TFK_EXPORT char** px_proxy_factory_get_proxies(pxProxyFactory* factory, const char* url)
{
    const RealLibproxy& library = real();
    if (!library.usable || factory == unusableFactory()) {
        return directOnly();
    }
    return library.getProxies(factory, url);
}

TFK_EXPORT void px_proxy_factory_free_proxies(char** proxies)
{
    const RealLibproxy& library = real();
    if (library.usable) {
        library.freeProxies(proxies);
        return;
    }
    for (char** proxy = proxies; proxies != nullptr && *proxy != nullptr; ++proxy) {
        std::free(*proxy);
    }
    std::free(proxies);
}

TFK_EXPORT void px_proxy_factory_free(pxProxyFactory* factory)
{
    const RealLibproxy& library = real();
    if (library.usable && factory != unusableFactory()) {
        library.factoryFree(factory);
    }
}

TFK_EXPORT unsigned long px_proxy_factory_get_type()
{
    const RealLibproxy& library = real();
    return library.getType != nullptr ? library.getType() : 0;
}

TFK_EXPORT pxProxyFactory* px_proxy_factory_copy(pxProxyFactory* factory)
{
    const RealLibproxy& library = real();
    if (library.factoryCopy == nullptr || factory == unusableFactory()) {
        return factory;
    }
    return library.factoryCopy(factory);
}

// Whether the real libproxy has been loaded yet (tests, diagnostics).
TFK_EXPORT int tfk_libproxy_loaded()
{
    return g_loaded.load() ? 1 : 0;
}

// internalBinding('credentials'): the process's user and group ids, their
// changes, and its resource usage, for process.getuid() and friends
// (internal/process/credentials.js validates and throws). Made on first use,
// so start-up never pays for it.
//
// Calls that change something return 0 or a negative errno; name lookups
// return the id or -1 (the name for a uid, or undefined) when unknown.
#include <grp.h>
#include <pwd.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "../runtime.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

double micros(const timeval& tv) { return static_cast<double>(tv.tv_sec) * 1e6 + static_cast<double>(tv.tv_usec); }

JSValueRef result(JSContextRef ctx, int rc) { return JSValueMakeNumber(ctx, rc == 0 ? 0 : -errno); }

// ids() -> [uid, euid, gid, egid]
JSValueRef ids(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  JSValueRef v[] = {JSValueMakeNumber(ctx, getuid()), JSValueMakeNumber(ctx, geteuid()),
                    JSValueMakeNumber(ctx, getgid()), JSValueMakeNumber(ctx, getegid())};
  return js::make_array(ctx, 4, v);
}

// getgroups() -> [gid...], the effective gid included as node reports it.
JSValueRef get_groups(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  int n = ::getgroups(0, nullptr);
  std::vector<gid_t> groups(n > 0 ? static_cast<size_t>(n) : 0);
  if (n > 0) n = ::getgroups(n, groups.data());
  if (n < 0) n = 0;
  groups.resize(static_cast<size_t>(n));
  gid_t egid = getegid();
  bool has_egid = false;
  for (gid_t g : groups) has_egid = has_egid || g == egid;
  if (!has_egid) groups.push_back(egid);
  std::vector<JSValueRef> v;
  v.reserve(groups.size());
  for (gid_t g : groups) v.push_back(JSValueMakeNumber(ctx, g));
  return js::make_array(ctx, v.size(), v.data());
}

// idOf(kind, name) -> the uid (kind 0) or gid (kind 1) of a name, or -1
// when there is no such name.
JSValueRef id_of(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                 JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  bool user = args.int32(0) == 0;
  std::string name = args.utf8(1, exception);
  std::vector<char> buf(16384);
  if (user) {
    passwd pw;
    passwd* found = nullptr;
    if (getpwnam_r(name.c_str(), &pw, buf.data(), buf.size(), &found) != 0 || !found) return JSValueMakeNumber(ctx, -1);
    return JSValueMakeNumber(ctx, found->pw_uid);
  }
  group gr;
  group* found = nullptr;
  if (getgrnam_r(name.c_str(), &gr, buf.data(), buf.size(), &found) != 0 || !found) return JSValueMakeNumber(ctx, -1);
  return JSValueMakeNumber(ctx, found->gr_gid);
}

// userName(uid) -> the user's name, or undefined when no user has that uid
// (initgroups(3) takes a name).
JSValueRef user_name(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args args{ctx, argc, argv};
  std::vector<char> buf(16384);
  passwd pw;
  passwd* found = nullptr;
  if (getpwuid_r(static_cast<uid_t>(args.number(0)), &pw, buf.data(), buf.size(), &found) != 0 || !found)
    return JSValueMakeUndefined(ctx);
  return js::make_string(ctx, found->pw_name);
}

// setId(which, id): which is 0 setuid, 1 seteuid, 2 setgid, 3 setegid.
JSValueRef set_id(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args args{ctx, argc, argv};
  int which = args.int32(0);
  auto id = static_cast<uint32_t>(args.number(1));
  switch (which) {
    case 0: return result(ctx, ::setuid(id));
    case 1: return result(ctx, ::seteuid(id));
    case 2: return result(ctx, ::setgid(id));
    case 3: return result(ctx, ::setegid(id));
    default: return JSValueMakeNumber(ctx, -EINVAL);
  }
}

// setgroups([gid...]) -> 0 or -errno
JSValueRef set_groups(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                      JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (!args.is_object(0)) return JSValueMakeNumber(ctx, -EINVAL);
  JSObjectRef list = args.object(0);
  double n = JSValueToNumber(ctx, js::get(ctx, list, "length"), nullptr);
  if (!(n >= 0 && n <= 65536)) return JSValueMakeNumber(ctx, -EINVAL);
  std::vector<gid_t> groups;
  for (unsigned i = 0; i < static_cast<unsigned>(n); ++i)
    groups.push_back(static_cast<gid_t>(JSValueToNumber(ctx, JSObjectGetPropertyAtIndex(ctx, list, i, nullptr), nullptr)));
  return result(ctx, ::setgroups(groups.size(), groups.data()));
}

// initgroups(userName, extraGid) -> 0 or -errno
JSValueRef init_groups(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                       JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string user = args.utf8(0, exception);
  return result(ctx, ::initgroups(user.c_str(), static_cast<gid_t>(args.number(1))));
}

// resourceUsage() -> the 16 fields of getrusage(RUSAGE_SELF) in node's order.
JSValueRef resource_usage(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  double fields[] = {micros(ru.ru_utime), micros(ru.ru_stime), static_cast<double>(ru.ru_maxrss),
                     static_cast<double>(ru.ru_ixrss), static_cast<double>(ru.ru_idrss),
                     static_cast<double>(ru.ru_isrss), static_cast<double>(ru.ru_minflt),
                     static_cast<double>(ru.ru_majflt), static_cast<double>(ru.ru_nswap),
                     static_cast<double>(ru.ru_inblock), static_cast<double>(ru.ru_oublock),
                     static_cast<double>(ru.ru_msgsnd), static_cast<double>(ru.ru_msgrcv),
                     static_cast<double>(ru.ru_nsignals), static_cast<double>(ru.ru_nvcsw),
                     static_cast<double>(ru.ru_nivcsw)};
  JSValueRef v[16];
  for (int i = 0; i < 16; ++i) v[i] = JSValueMakeNumber(ctx, fields[i]);
  return js::make_array(ctx, 16, v);
}

// threadCpuUsage() -> [user, system] microseconds of the calling thread.
JSValueRef thread_cpu_usage(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  rusage ru{};
  getrusage(RUSAGE_THREAD, &ru);
  JSValueRef v[] = {JSValueMakeNumber(ctx, micros(ru.ru_utime)), JSValueMakeNumber(ctx, micros(ru.ru_stime))};
  return js::make_array(ctx, 2, v);
}

}  // namespace

JSObjectRef init_credentials_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "ids", ids);
  js::set_method(ctx, b, "getgroups", get_groups);
  js::set_method(ctx, b, "idOf", id_of);
  js::set_method(ctx, b, "userName", user_name);
  js::set_method(ctx, b, "setId", set_id);
  js::set_method(ctx, b, "setgroups", set_groups);
  js::set_method(ctx, b, "initgroups", init_groups);
  js::set_method(ctx, b, "resourceUsage", resource_usage);
  js::set_method(ctx, b, "threadCpuUsage", thread_cpu_usage);
  return b;
}

}  // namespace jolt

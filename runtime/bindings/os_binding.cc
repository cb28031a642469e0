// internalBinding('os'): facts about the machine and the user for node:os,
// read the way libuv reads them on Linux (/proc files, uname, getifaddrs,
// getpwuid_r). Calls that can fail take a context object as their last
// argument; on failure they set ctx.errno (negative) and ctx.syscall and
// return undefined, and node:os turns that into ERR_SYSTEM_ERROR.
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../runtime.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

// Records a failed call on the JS context object and returns undefined.
JSValueRef fail(JSContextRef ctx, JSValueRef target, int err, const char* syscall) {
  if (JSValueIsObject(ctx, target)) {
    JSObjectRef o = js::as_object(target);
    js::set(ctx, o, "errno", static_cast<double>(-err));
    js::set(ctx, o, "syscall", std::string_view(syscall));
  }
  return JSValueMakeUndefined(ctx);
}

bool read_file(const char* path, std::string& out) {
  std::ifstream in(path);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

JSValueRef get_hostname(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef*) {
  char buf[HOST_NAME_MAX + 1];
  if (gethostname(buf, sizeof(buf)) != 0) return fail(ctx, argc > 0 ? argv[0] : nullptr, errno, "uv_os_gethostname");
  buf[sizeof(buf) - 1] = '\0';
  return js::make_string(ctx, buf);
}

// [sysname, version, release, machine] from uname(2).
JSValueRef get_os_information(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                              JSValueRef*) {
  struct utsname u;
  if (uname(&u) != 0) return fail(ctx, argc > 0 ? argv[0] : nullptr, errno, "uv_os_uname");
  JSValueRef items[] = {js::make_string(ctx, u.sysname), js::make_string(ctx, u.version),
                        js::make_string(ctx, u.release), js::make_string(ctx, u.machine)};
  return js::make_array(ctx, 4, items);
}

// The passwd entry of the current user, read with getpwuid_r (the buffer
// grows while the entry does not fit).
struct Passwd {
  uid_t uid = 0;
  gid_t gid = 0;
  std::string name, dir, shell;
};

int current_passwd(Passwd& out) {
  struct passwd pw;
  struct passwd* result = nullptr;
  long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
  std::vector<char> buf(hint > 0 ? static_cast<size_t>(hint) : 4096);
  int r;
  while ((r = getpwuid_r(geteuid(), &pw, buf.data(), buf.size(), &result)) == ERANGE) buf.resize(buf.size() * 2);
  if (r != 0) return r;
  if (result == nullptr) return ENOENT;
  out.uid = pw.pw_uid;
  out.gid = pw.pw_gid;
  out.name = pw.pw_name ? pw.pw_name : "";
  out.dir = pw.pw_dir ? pw.pw_dir : "";
  out.shell = pw.pw_shell ? pw.pw_shell : "";
  return 0;
}

// $HOME when set (even empty, as libuv does), else the passwd entry's directory.
JSValueRef get_home_directory(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                              JSValueRef*) {
  const char* home = getenv("HOME");
  if (home != nullptr) return js::make_string(ctx, home);
  Passwd pw;
  int err = current_passwd(pw);
  if (err != 0) return fail(ctx, argc > 0 ? argv[0] : nullptr, err, "uv_os_homedir");
  return js::make_string(ctx, pw.dir);
}

// {uid, gid, username, homedir, shell}; node:os applies the encoding.
JSValueRef get_user_info(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                         JSValueRef*) {
  Passwd pw;
  int err = current_passwd(pw);
  if (err != 0) return fail(ctx, argc > 0 ? argv[0] : nullptr, err, "uv_os_get_passwd");
  JSObjectRef o = js::make_object(ctx);
  js::set(ctx, o, "uid", static_cast<double>(pw.uid));
  js::set(ctx, o, "gid", static_cast<double>(pw.gid));
  js::set(ctx, o, "username", std::string_view(pw.name));
  js::set(ctx, o, "homedir", std::string_view(pw.dir));
  js::set(ctx, o, "shell", std::string_view(pw.shell));
  return o;
}

// Seconds since boot, with /proc/uptime's two decimals.
JSValueRef get_uptime(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                      JSValueRef*) {
  std::string text;
  double up = 0;
  if (read_file("/proc/uptime", text) && std::sscanf(text.c_str(), "%lf", &up) == 1) return js::number(ctx, up);
  struct timespec ts;
  if (clock_gettime(CLOCK_BOOTTIME, &ts) != 0) return fail(ctx, argc > 0 ? argv[0] : nullptr, errno, "uv_uptime");
  return js::number(ctx, static_cast<double>(ts.tv_sec));
}

// A "Key:   N kB" line of /proc/meminfo in bytes (0 if absent).
double meminfo_bytes(const char* key) {
  std::string text;
  if (!read_file("/proc/meminfo", text)) return 0;
  size_t at = text.find(key);
  if (at == std::string::npos) return 0;
  unsigned long long kb = 0;
  if (std::sscanf(text.c_str() + at + std::strlen(key), "%llu", &kb) != 1) return 0;
  return static_cast<double>(kb) * 1024;
}

// /proc/meminfo's `key` line, or sysinfo(2)'s figure when it is missing.
JSValueRef memory(JSContextRef ctx, const char* key, unsigned long sysinfo::*field) {
  double bytes = meminfo_bytes(key);
  struct sysinfo si;
  if (bytes == 0 && sysinfo(&si) == 0) bytes = static_cast<double>(si.*field) * si.mem_unit;
  return js::number(ctx, bytes);
}

JSValueRef get_free_mem(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return memory(ctx, "MemAvailable:", &sysinfo::freeram);
}

JSValueRef get_total_mem(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return memory(ctx, "MemTotal:", &sysinfo::totalram);
}

// [1, 5, 15 minute load averages] as /proc/loadavg prints them.
JSValueRef get_load_avg(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  double l[3] = {0, 0, 0};
  std::string text;
  if (!read_file("/proc/loadavg", text) || std::sscanf(text.c_str(), "%lf %lf %lf", &l[0], &l[1], &l[2]) != 3) {
    struct sysinfo si;
    if (sysinfo(&si) == 0)
      for (int i = 0; i < 3; i++) l[i] = static_cast<double>(si.loads[i]) / (1 << SI_LOAD_SHIFT);
  }
  JSValueRef items[] = {js::number(ctx, l[0]), js::number(ctx, l[1]), js::number(ctx, l[2])};
  return js::make_array(ctx, 3, items);
}

JSValueRef get_available_parallelism(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[],
                                     JSValueRef*) {
  cpu_set_t set;
  CPU_ZERO(&set);
  long n = 0;
  if (sched_getaffinity(0, sizeof(set), &set) == 0) n = CPU_COUNT(&set);
  if (n <= 0) n = sysconf(_SC_NPROCESSORS_ONLN);
  return js::number(ctx, static_cast<double>(n > 0 ? n : 1));
}

// Flat list, 7 entries per CPU: model, speed (MHz), user, nice, sys, idle,
// irq (milliseconds). Times come from the "cpuN" lines of /proc/stat, the
// model from /proc/cpuinfo and the speed from cpufreq (0 when absent).
JSValueRef get_cpus(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  std::vector<JSValueRef> out;
  std::string stat;
  if (!read_file("/proc/stat", stat)) return js::make_array(ctx, 0, nullptr);
  std::vector<std::string> models;
  std::string info;
  if (read_file("/proc/cpuinfo", info)) {
    std::istringstream lines(info);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.rfind("model name", 0) != 0) continue;
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      size_t start = line.find_first_not_of(" \t", colon + 1);
      models.push_back(start == std::string::npos ? "" : line.substr(start));
    }
  }
  long ticks = sysconf(_SC_CLK_TCK);
  double ms_per_tick = ticks > 0 ? 1000.0 / static_cast<double>(ticks) : 10.0;
  std::istringstream lines(stat);
  std::string line;
  size_t index = 0;
  while (std::getline(lines, line)) {
    unsigned cpu;
    unsigned long long user, nice, sys, idle, iowait, irq;
    if (line.rfind("cpu", 0) != 0 || line.size() < 4 || line[3] < '0' || line[3] > '9') continue;
    if (std::sscanf(line.c_str(), "cpu%u %llu %llu %llu %llu %llu %llu", &cpu, &user, &nice, &sys, &idle, &iowait,
                    &irq) != 7)
      continue;
    double speed = 0;
    char path[96];
    std::snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu%u/cpufreq/scaling_cur_freq", cpu);
    std::string freq;
    if (read_file(path, freq)) speed = static_cast<double>(std::strtoull(freq.c_str(), nullptr, 10) / 1000);
    const std::string& model = index < models.size() ? models[index] : std::string("unknown");
    out.push_back(js::make_string(ctx, model));
    out.push_back(js::number(ctx, speed));
    for (unsigned long long t : {user, nice, sys, idle, irq})
      out.push_back(js::number(ctx, static_cast<double>(t) * ms_per_tick));
    index++;
  }
  return js::make_array(ctx, out.size(), out.data());
}

// Flat list, 7 entries per address: name, address, netmask, family
// ('IPv4'/'IPv6'), mac, internal, scopeid (-1 for IPv4). Interfaces that
// are down or not running are left out, as libuv does.
JSValueRef get_interface_addresses(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                                   JSValueRef*) {
  struct ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) return fail(ctx, argc > 0 ? argv[0] : nullptr, errno, "uv_interface_addresses");
  auto usable = [](const struct ifaddrs* e) {
    return e->ifa_addr != nullptr && (e->ifa_flags & IFF_UP) && (e->ifa_flags & IFF_RUNNING);
  };
  std::vector<JSValueRef> out;
  for (struct ifaddrs* e = list; e != nullptr; e = e->ifa_next) {
    if (!usable(e)) continue;
    int family = e->ifa_addr->sa_family;
    if (family != AF_INET && family != AF_INET6) continue;
    char addr[INET6_ADDRSTRLEN] = "";
    char mask[INET6_ADDRSTRLEN] = "";
    double scope = -1;
    if (family == AF_INET) {
      inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(e->ifa_addr)->sin_addr, addr, sizeof(addr));
      if (e->ifa_netmask)
        inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(e->ifa_netmask)->sin_addr, mask, sizeof(mask));
    } else {
      auto* a6 = reinterpret_cast<sockaddr_in6*>(e->ifa_addr);
      inet_ntop(AF_INET6, &a6->sin6_addr, addr, sizeof(addr));
      scope = a6->sin6_scope_id;
      if (e->ifa_netmask)
        inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(e->ifa_netmask)->sin6_addr, mask, sizeof(mask));
    }
    // The hardware address is on the AF_PACKET entry of the same name.
    char mac[18] = "00:00:00:00:00:00";
    for (struct ifaddrs* p = list; p != nullptr; p = p->ifa_next) {
      if (!usable(p) || p->ifa_addr->sa_family != AF_PACKET || std::strcmp(p->ifa_name, e->ifa_name) != 0) continue;
      auto* ll = reinterpret_cast<sockaddr_ll*>(p->ifa_addr);
      const unsigned char* m = ll->sll_addr;
      std::snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
      break;
    }
    out.push_back(js::make_string(ctx, e->ifa_name));
    out.push_back(js::make_string(ctx, addr));
    out.push_back(js::make_string(ctx, mask));
    out.push_back(js::make_string(ctx, family == AF_INET ? "IPv4" : "IPv6"));
    out.push_back(js::make_string(ctx, mac));
    out.push_back(js::boolean(ctx, (e->ifa_flags & IFF_LOOPBACK) != 0));
    out.push_back(js::number(ctx, scope));
  }
  freeifaddrs(list);
  return js::make_array(ctx, out.size(), out.data());
}

// getPriority(pid, ctx) -> nice value of the process.
JSValueRef get_priority(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (!args.is_number(0)) return fail(ctx, args[1], EINVAL, "uv_os_getpriority");
  errno = 0;
  int r = getpriority(PRIO_PROCESS, static_cast<id_t>(args.int32(0)));
  if (r == -1 && errno != 0) return fail(ctx, args[1], errno, "uv_os_getpriority");
  return js::number(ctx, r);
}

// setPriority(pid, priority, ctx) -> 0.
JSValueRef set_priority(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (!args.is_number(0) || !args.is_number(1)) return fail(ctx, args[2], EINVAL, "uv_os_setpriority");
  if (setpriority(PRIO_PROCESS, static_cast<id_t>(args.int32(0)), args.int32(1)) != 0)
    return fail(ctx, args[2], errno, "uv_os_setpriority");
  return js::number(ctx, 0);
}

}  // namespace

JSObjectRef init_os_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "getHostname", get_hostname);
  js::set_method(ctx, b, "getOSInformation", get_os_information);
  js::set_method(ctx, b, "getHomeDirectory", get_home_directory);
  js::set_method(ctx, b, "getUserInfo", get_user_info);
  js::set_method(ctx, b, "getUptime", get_uptime);
  js::set_method(ctx, b, "getFreeMem", get_free_mem);
  js::set_method(ctx, b, "getTotalMem", get_total_mem);
  js::set_method(ctx, b, "getLoadAvg", get_load_avg);
  js::set_method(ctx, b, "getAvailableParallelism", get_available_parallelism);
  js::set_method(ctx, b, "getCPUs", get_cpus);
  js::set_method(ctx, b, "getInterfaceAddresses", get_interface_addresses);
  js::set_method(ctx, b, "getPriority", get_priority);
  js::set_method(ctx, b, "setPriority", set_priority);
  return b;
}

}  // namespace jolt

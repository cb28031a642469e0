/*
 * jsc-floor: the start-up floor for any runtime on this JavaScriptCore build.
 *
 * A bare JSC C-API program: create a global context, install a minimal native
 * console.log, read argv[1], evaluate it, release the context, exit. Nothing
 * else — no event loop, no module system, no stdlib. A runtime built on the
 * same libjavascriptcoregtk cannot start faster or smaller than this.
 */
#include <JavaScriptCore/JavaScript.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return;
        p += w;
        n -= (size_t)w;
    }
}

static JSValueRef console_log(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                              size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    (void)fn; (void)self;
    char stackbuf[256];
    char *buf = stackbuf;
    size_t len = 0;
    if (argc > 0) {
        JSStringRef s = JSValueToStringCopy(ctx, argv[0], exc);
        if (!s) return NULL;
        size_t cap = JSStringGetMaximumUTF8CStringSize(s);
        if (cap + 1 > sizeof stackbuf) buf = malloc(cap + 1);
        len = JSStringGetUTF8CString(s, buf, cap); /* includes the NUL */
        JSStringRelease(s);
        if (len > 0) len--;
    }
    buf[len++] = '\n';
    write_all(1, buf, len);
    if (buf != stackbuf) free(buf);
    return JSValueMakeUndefined(ctx);
}

static char *read_file(const char *path, size_t *out_len) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0) { close(fd); return NULL; }
    size_t cap = (size_t)st.st_size + 1, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (len + 1 >= cap) { cap *= 2; buf = realloc(buf, cap); }
        ssize_t r = read(fd, buf + len, cap - len - 1);
        if (r < 0) { free(buf); close(fd); return NULL; }
        if (r == 0) break;
        len += (size_t)r;
    }
    close(fd);
    buf[len] = '\0';
    *out_len = len;
    return buf;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s script.js\n", argv[0]);
        return 2;
    }
    size_t src_len;
    char *src = read_file(argv[1], &src_len);
    if (!src) { perror(argv[1]); return 2; }

    JSGlobalContextRef ctx = JSGlobalContextCreate(NULL);
    JSObjectRef global = JSContextGetGlobalObject(ctx);

    JSObjectRef console = JSObjectMake(ctx, NULL, NULL);
    JSStringRef name = JSStringCreateWithUTF8CString("log");
    JSObjectSetProperty(ctx, console, name,
                        JSObjectMakeFunctionWithCallback(ctx, name, console_log),
                        kJSPropertyAttributeNone, NULL);
    JSStringRelease(name);
    name = JSStringCreateWithUTF8CString("console");
    JSObjectSetProperty(ctx, global, name, console, kJSPropertyAttributeNone, NULL);
    JSStringRelease(name);

    JSStringRef script = JSStringCreateWithUTF8CString(src);
    JSStringRef url = JSStringCreateWithUTF8CString(argv[1]);
    JSValueRef exc = NULL;
    JSEvaluateScript(ctx, script, NULL, url, 1, &exc);
    JSStringRelease(url);
    JSStringRelease(script);
    free(src);

    int rc = 0;
    if (exc) {
        JSStringRef s = JSValueToStringCopy(ctx, exc, NULL);
        if (s) {
            size_t cap = JSStringGetMaximumUTF8CStringSize(s);
            char *m = malloc(cap);
            JSStringGetUTF8CString(s, m, cap);
            fprintf(stderr, "Uncaught %s\n", m);
            free(m);
            JSStringRelease(s);
        }
        rc = 1;
    }
    JSGlobalContextRelease(ctx);
    return rc;
}

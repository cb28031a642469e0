// Functions that libjavascriptcoregtk exports but whose headers WebKit does
// not ship in the public C API. Declared here, once, with WebKit's own
// signatures (Source/JavaScriptCore/API/*Private.h), so every use is typed.
// Only exported C symbols belong here; never JSC's internal C++ ones.
#pragma once

#include <JavaScriptCore/JavaScript.h>

extern "C" {

// JSContextRefPrivate.h: `function` is called as function(promise, reason)
// once the microtask queue is exhausted with a rejected promise unhandled.
JS_EXPORT void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx, JSObjectRef function,
                                                            JSValueRef* exception);

// JSScriptRefPrivate.h: a parsed program that can be evaluated later.
typedef struct OpaqueJSScript* JSScriptRef;
// `source` must outlive the script (it is referenced, not copied) and be ASCII.
JS_EXPORT JSScriptRef JSScriptCreateReferencingImmortalASCIIText(JSContextGroupRef contextGroup, JSStringRef url,
                                                                 int startingLineNumber, const char* source,
                                                                 size_t length, JSStringRef* errorMessage,
                                                                 int* errorLine);
JS_EXPORT JSScriptRef JSScriptCreateFromString(JSContextGroupRef contextGroup, JSStringRef url, int startingLineNumber,
                                               JSStringRef source, JSStringRef* errorMessage, int* errorLine);
JS_EXPORT void JSScriptRetain(JSScriptRef script);
JS_EXPORT void JSScriptRelease(JSScriptRef script);
JS_EXPORT JSValueRef JSScriptEvaluate(JSContextRef ctx, JSScriptRef script, JSValueRef thisValue,
                                      JSValueRef* exception);

// JSStringRefPrivate.h: the characters are referenced, not copied; they
// must outlive every use of the string.
JS_EXPORT JSStringRef JSStringCreateWithCharactersNoCopy(const JSChar* chars, size_t numChars);

// JSObjectRefPrivate.h
JS_EXPORT JSObjectRef JSObjectGetProxyTarget(JSObjectRef object);

// JSBasePrivate.h: tells the GC about memory held outside its heap.
JS_EXPORT void JSReportExtraMemoryCost(JSContextRef ctx, size_t size);
JS_EXPORT void JSDisableGCTimer(void);
// A full collection that finishes before returning (tests use it to see
// finalizers run).
JS_EXPORT void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);

}  // extern "C"

extern "C" {
// JSBasePrivate.h: an object with heapSize, heapCapacity, extraMemorySize,
// objectCount, protectedObjectCount, ... describing the VM's heap.
JS_EXPORT JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);
}

extern "C" {
// JSContextRefPrivate.h: a CPU-time limit for the scripts of a context
// group; `callback` is asked whether to terminate once the limit passes.
typedef bool (*JSShouldTerminateCallback)(JSContextRef ctx, void* context);
JS_EXPORT void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                                   JSShouldTerminateCallback callback, void* context);
JS_EXPORT void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);

// JSObjectRefPrivate.h: the global context an object belongs to, and
// properties invisible to JS that keep their value alive as long as the
// object (for objects made with a JSClass, global objects included).
JS_EXPORT JSGlobalContextRef JSObjectGetGlobalContext(JSObjectRef object);
JS_EXPORT bool JSObjectSetPrivateProperty(JSContextRef ctx, JSObjectRef object, JSStringRef propertyName,
                                          JSValueRef value);
}

extern "C" {
// JSContextRefPrivate.h: JSC's sampling profiler for a context group; the
// samples come back as JSON (stack traces with function names, source ids,
// lines and the tier each frame ran in).
JS_EXPORT bool JSContextGroupEnableSamplingProfiler(JSContextGroupRef group);
JS_EXPORT void JSContextGroupDisableSamplingProfiler(JSContextGroupRef group);
JS_EXPORT JSStringRef JSContextGroupTakeSamplesFromSamplingProfiler(JSContextGroupRef group);
}

extern "C" {
// JSLockRefPrivate.h: takes (and releases) the API lock of `ctx`'s VM, a
// recursive lock. Every C API call takes it for its own duration; a native
// function runs with it released (JSC drops it around host calls), so each
// API call made there, or from the loop outside any call into JS, pays a
// whole acquisition and release. Holding it across a run of calls pays once.
JS_EXPORT void JSLock(JSContextRef ctx);
JS_EXPORT void JSUnlock(JSContextRef ctx);
}

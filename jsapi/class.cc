#include "class.h"

#include <cstring>

namespace jolt::js {

NativeClass::NativeClass(const char* name, JSObjectFinalizeCallback finalize, std::initializer_list<Method> methods) {
  // JSC keeps pointers into the static function table: it must outlive the class.
  functions_ = new JSStaticFunction[methods.size() + 1];
  size_t i = 0;
  for (const Method& m : methods)
    functions_[i++] = {m.name, m.fn, kJSPropertyAttributeDontEnum | kJSPropertyAttributeDontDelete};
  functions_[i] = {nullptr, nullptr, 0};
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  def.finalize = finalize;
  def.staticFunctions = functions_;
  class_ = JSClassCreate(&def);
}

NativeClass::~NativeClass() {
  JSClassRelease(class_);
  // The class may still be referenced by live objects until the context
  // dies; the table is tiny, so it is deliberately kept for the process.
}

}  // namespace jolt::js

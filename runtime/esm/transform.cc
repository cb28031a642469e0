// The ES module source transform (see transform.h for the output's shape).
//
// The tokenizer keeps just enough context to scan JavaScript correctly
// without parsing it:
// - whether a `/` starts a regular expression or is a division, from the
//   previous significant token (an operand before it means division);
// - a stack of open braces with their kind (block, object, function body,
//   class body, template substitution) so that `}` resumes a template and
//   top-level `await` is told from one inside a function;
// - open parentheses, remembering those of `if (...)`/`for (...)`/... whose
//   `)` is followed by a statement (a regex may follow; `{` is a block).
// Module-level declarations are recognised only at depth 0, where an
// `import`/`export` keyword can start nothing else.
#include "transform.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_set>

namespace jolt::esm {

namespace {

using View = std::u16string_view;

enum class Tok : uint8_t { End, Ident, Punct, String, Number, Regex, Template, TemplateHead };
enum class Brace : uint8_t { Block, Object, Function, Class, Template };

struct Token {
  Tok kind = Tok::End;
  size_t start = 0;
  size_t end = 0;
  size_t depth = 0;       // nesting depth before this token
  bool nl_before = false;  // a line terminator since the previous token
  bool after_dot = false;  // previous token was `.` or `?.` (a property name)
  bool member_name = false;  // where a class member or object method is named
};

struct Edit {
  size_t start;
  size_t end;
  std::u16string text;
};

bool is_newline(char16_t c) { return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029; }

bool is_space(char16_t c) {
  if (c == u' ' || c == u'\t' || c == 0x0B || c == 0x0C) return true;
  if (c < 0x80) return false;
  return c == 0xA0 || c == 0xFEFF || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// ASCII identifier characters (letters, digits, _ $ and \ of escapes).
constexpr auto kIdentTable = [] {
  std::array<bool, 128> t{};
  for (int c = 'a'; c <= 'z'; c++) t[c] = true;
  for (int c = 'A'; c <= 'Z'; c++) t[c] = true;
  for (int c = '0'; c <= '9'; c++) t[c] = true;
  t['_'] = t['$'] = t['\\'] = true;
  return t;
}();

inline bool is_ident_char(char16_t c) {
  if (c < 0x80) return kIdentTable[c];
  return !is_space(c) && !is_newline(c);
}

inline bool word_is(View w, const char16_t* k, size_t n) {
  return w.size() == n && std::char_traits<char16_t>::compare(w.data(), k, n) == 0;
}
#define WORD_IS(w, lit) word_is(w, u"" lit, sizeof(lit) - 1)

// Keywords after which an expression (so a regex) starts.
inline bool keyword_before_expression(View w) {
  if (w.size() < 2 || w.size() > 10) return false;
  switch (w[0]) {
    case u'i': return WORD_IS(w, "in") || WORD_IS(w, "instanceof");
    case u'o': return WORD_IS(w, "of");
    case u'd': return WORD_IS(w, "do") || WORD_IS(w, "delete");
    case u'n': return WORD_IS(w, "new");
    case u'v': return WORD_IS(w, "void");
    case u'c': return WORD_IS(w, "case");
    case u'e': return WORD_IS(w, "else") || WORD_IS(w, "extends");
    case u't': return WORD_IS(w, "throw") || WORD_IS(w, "typeof");
    case u'y': return WORD_IS(w, "yield");
    case u'a': return WORD_IS(w, "await");
    case u'r': return WORD_IS(w, "return");
    default: return false;
  }
}

bool control_keyword(View w) {
  return w == u"if" || w == u"for" || w == u"while" || w == u"with" || w == u"switch" || w == u"catch";
}

class Scanner {
 public:
  Scanner(const char16_t* s, size_t n) : s_(s), n_(n) {
    // A hashbang line is a comment.
    if (n_ >= 2 && s_[0] == u'#' && s_[1] == u'!') {
      while (pos_ < n_ && !is_newline(s_[pos_])) pos_++;
    }
  }

  View text(const Token& t) const { return View(s_ + t.start, t.end - t.start); }
  bool is(const Token& t, View w) const { return t.end - t.start == w.size() && text(t) == w; }
  bool punct(const Token& t, char16_t c) const { return t.kind == Tok::Punct && t.end - t.start == 1 && s_[t.start] == c; }
  size_t depth() const { return braces_.size() + parens_.size() + brackets_; }
  size_t function_depth() const { return function_depth_; }
  // Inside a function that is no arrow (it has its own `arguments` and
  // `new.target`), or a class body.
  bool in_plain_function() const { return plain_functions_ != 0; }
  // Where an `await` is: at the module's top level, in an async function,
  // or in another function (or class body), where it is a reserved word.
  enum class AwaitAt : uint8_t { TopLevel, Async, Other };
  AwaitAt await_at() const {
    if (fns_.empty() && arrows_.empty()) return AwaitAt::TopLevel;
    // The innermost of the open function bodies and concise arrow bodies.
    bool arrow = !arrows_.empty() && (fns_.empty() || arrows_.back().depth >= fns_.back().depth);
    bool async = arrow ? arrows_.back().async : fns_.back().async;
    return async ? AwaitAt::Async : AwaitAt::Other;
  }

  void push_back(const Token& t) { pushed_.push_back(t); }

  Token next() {
    if (!pushed_.empty()) {
      Token t = pushed_.back();
      pushed_.pop_back();
      return t;
    }
    Token t = scan();
    update(t);
    return t;
  }

  Token peek() {
    Token t = next();
    push_back(t);
    return t;
  }

 private:
  Token scan() {
    Token t;
    t.after_dot = prev_dot_;
    if (!braces_.empty() && (braces_.back() == Brace::Class || braces_.back() == Brace::Object)) {
      t.member_name = prev_kind_ == Tok::Punct
                          ? prev_punct_ == u'{' || prev_punct_ == u',' || prev_punct_ == u';' || prev_punct_ == u'}' ||
                                prev_punct_ == u'*'
                          : prev_kind_ == Tok::Ident && (prev_word_ == u"static" || prev_word_ == u"async" ||
                                                         prev_word_ == u"get" || prev_word_ == u"set");
    }
    bool nl = false;
    for (;;) {
      if (pos_ >= n_) {
        t.kind = Tok::End;
        t.start = t.end = n_;
        t.nl_before = nl;
        t.depth = depth();
        return t;
      }
      char16_t c = s_[pos_];
      if (c == u' ' || c == u'\t') {
        pos_++;
        while (pos_ < n_ && (s_[pos_] == u' ' || s_[pos_] == u'\t')) pos_++;
      } else if (c == u'\n') {
        nl = true;
        pos_++;
      } else if (is_newline(c)) {
        nl = true;
        pos_++;
      } else if (c == u'/' && pos_ + 1 < n_ && s_[pos_ + 1] == u'/') {
        while (pos_ < n_ && !is_newline(s_[pos_])) pos_++;
      } else if (c == u'/' && pos_ + 1 < n_ && s_[pos_ + 1] == u'*') {
        pos_ += 2;
        while (pos_ < n_ && !(s_[pos_] == u'*' && pos_ + 1 < n_ && s_[pos_ + 1] == u'/')) {
          if (is_newline(s_[pos_])) nl = true;
          pos_++;
        }
        pos_ = pos_ + 2 > n_ ? n_ : pos_ + 2;
      } else if (c >= 0x80 && is_space(c)) {
        pos_++;
      } else if (c == 0x0B || c == 0x0C) {
        pos_++;
      } else {
        break;
      }
    }
    t.nl_before = nl;
    t.depth = depth();
    t.start = pos_;
    char16_t c = s_[pos_];
    if (is_ident_char(c) || c == u'#') {
      pos_++;
      while (pos_ < n_ && is_ident_char(s_[pos_])) pos_++;
      if (c >= u'0' && c <= u'9') {
        number_tail();
        t.kind = Tok::Number;
      } else {
        t.kind = Tok::Ident;
      }
    } else if (c == u'\'' || c == u'"') {
      pos_++;
      while (pos_ < n_ && s_[pos_] != c) {
        if (s_[pos_] == u'\\') pos_++;
        else if (s_[pos_] == u'\n' || s_[pos_] == u'\r') break;  // unterminated: JSC reports it
        pos_++;
      }
      if (pos_ < n_) pos_++;
      t.kind = Tok::String;
    } else if (c == u'`') {
      pos_++;
      t.kind = template_part();
    } else if (c == u'.' && pos_ + 1 < n_ && s_[pos_ + 1] >= u'0' && s_[pos_ + 1] <= u'9') {
      pos_++;
      while (pos_ < n_ && is_ident_char(s_[pos_])) pos_++;
      number_tail();
      t.kind = Tok::Number;
    } else if (c == u'/' && regex_ok_) {
      regex();
      t.kind = Tok::Regex;
    } else if (c == u'}' && !braces_.empty() && braces_.back() == Brace::Template) {
      pos_++;
      t.kind = template_part();
      // The substitution's `${` ... `}` is closed by this token.
      if (t.kind == Tok::Template) braces_.pop_back();
    } else {
      t.kind = Tok::Punct;
      pos_ += punct_length();
    }
    t.end = pos_;
    return t;
  }

  // After digits: a signed exponent (`1e+5`), not in a hex literal.
  void number_tail() {
    for (;;) {
      char16_t last = s_[pos_ - 1];
      if ((last == u'e' || last == u'E') && pos_ < n_ && (s_[pos_] == u'+' || s_[pos_] == u'-')) {
        // 0x1e+5 is an addition; only a decimal literal has an exponent.
        size_t begin = pos_ - 1;
        while (begin > 0 && is_ident_char(s_[begin - 1])) begin--;
        if (begin + 1 < n_ && s_[begin] == u'0' && (s_[begin + 1] == u'x' || s_[begin + 1] == u'X')) return;
        pos_++;
        while (pos_ < n_ && is_ident_char(s_[pos_])) pos_++;
        continue;
      }
      if (pos_ < n_ && s_[pos_] == u'.') {
        pos_++;
        while (pos_ < n_ && is_ident_char(s_[pos_])) pos_++;
        continue;
      }
      return;
    }
  }

  // The rest of a template after "`" or a substitution's "}": Template when
  // it ends with "`", TemplateHead when with "${" (a substitution opens).
  Tok template_part() {
    while (pos_ < n_) {
      char16_t c = s_[pos_];
      if (c == u'\\') {
        pos_ += 2;
      } else if (c == u'`') {
        pos_++;
        return Tok::Template;
      } else if (c == u'$' && pos_ + 1 < n_ && s_[pos_ + 1] == u'{') {
        pos_ += 2;
        return Tok::TemplateHead;
      } else {
        pos_++;
      }
    }
    if (pos_ > n_) pos_ = n_;
    return Tok::Template;
  }

  void regex() {
    pos_++;
    bool in_class = false;
    while (pos_ < n_) {
      char16_t c = s_[pos_];
      if (c == u'\\') {
        pos_ += 2;
        continue;
      }
      if (is_newline(c)) break;  // unterminated: JSC reports it
      pos_++;
      if (c == u'[') in_class = true;
      else if (c == u']') in_class = false;
      else if (c == u'/' && !in_class) break;
    }
    if (pos_ > n_) pos_ = n_;
    while (pos_ < n_ && is_ident_char(s_[pos_])) pos_++;
  }

  // Multi-character punctuators the transform cares about; the others are
  // read one character at a time, which is all the scanner needs.
  size_t punct_length() const {
    char16_t c = s_[pos_];
    char16_t d = pos_ + 1 < n_ ? s_[pos_ + 1] : 0;
    if (c == u'=' && d == u'>') return 2;
    if (c == u'?' && d == u'.' && !(pos_ + 2 < n_ && s_[pos_ + 2] >= u'0' && s_[pos_ + 2] <= u'9')) return 2;
    if ((c == u'+' || c == u'-') && d == c) return 2;
    if (c == u'.' && d == u'.' && pos_ + 2 < n_ && s_[pos_ + 2] == u'.') return 3;
    return 1;
  }

  // Updates the nesting and "what may follow" state after token t.
  void update(const Token& t) {
    note_assignment(t);
    bool arrow_pending = after_arrow_;
    after_arrow_ = false;
    if (arrow_pending && !(t.kind == Tok::Punct && s_[t.start] == u'{')) arrows_.push_back({depth(), true, arrow_async_});
    View w = text(t);
    // `async` starts an async function or arrow (`async function`,
    // `async (a) =>`, `async x =>`, `async m() {}`) only when a name, `(`,
    // `*` or `[` follows; its body opens at the same depth.
    if (after_async_) {
      after_async_ = false;
      if (!(t.kind == Tok::Ident || (t.kind == Tok::Punct && (w[0] == u'(' || w[0] == u'*' || w[0] == u'[')))) {
        async_depth_ = kNone;
      }
    }
    if (t.kind == Tok::Ident && !t.after_dot && w == u"async") {
      async_depth_ = depth();
      after_async_ = true;
    }
    // A line break after a complete expression body, before a word that
    // cannot continue it, ends the arrow function (ASI).
    if (!arrow_pending && t.nl_before && !regex_ok_ && !arrows_.empty() && arrows_.back().depth == depth() &&
        t.kind == Tok::Ident && w != u"in" && w != u"instanceof" && w != u"of") {
      arrows_.pop_back();
    }
    bool ends_operand = false;
    switch (t.kind) {
      case Tok::End:
        return;
      case Tok::Ident:
        if (t.after_dot) {
          ends_operand = true;
        } else {
          ends_operand = !keyword_before_expression(w);
          if (w == u"class") pending_class_ = true;
        }
        break;
      case Tok::Number:
      case Tok::String:
      case Tok::Regex:
      case Tok::Template:
        ends_operand = true;
        break;
      case Tok::TemplateHead:
        if (t.start < n_ && s_[t.start] == u'`') braces_.push_back(Brace::Template);
        break;
      case Tok::Punct: {
        char16_t c = w[0];
        if (w.size() == 1) {
          switch (c) {
            case u'(':
              parens_.push_back(prev_kind_ == Tok::Ident && !prev_dot_ &&
                                !prev_member_ && (control_keyword(prev_word_) ||
                                 (prev_word_ == u"await" && prev2_word_ == u"for")));
              break;
            case u')':
              last_paren_control_ = !parens_.empty() && parens_.back();
              if (!parens_.empty()) parens_.pop_back();
              ends_operand = !last_paren_control_;
              pop_arrows();
              break;
            case u'[':
              brackets_++;
              break;
            case u']':
              if (brackets_ > 0) brackets_--;
              ends_operand = true;
              pop_arrows();
              break;
            case u'{':
              braces_.push_back(brace_kind());
              if (braces_.back() == Brace::Function) {
                function_depth_++;
                bool async = prev_arrow_ ? arrow_async_ : async_depth_ + 1 == depth();
                if (!prev_arrow_) plain_functions_++;
                if (async_depth_ + 1 == depth()) async_depth_ = kNone;
                fns_.push_back({depth(), prev_arrow_, async});
              } else if (braces_.back() == Brace::Class) {
                plain_functions_++;
                fns_.push_back({depth(), false, false});
              }
              pending_class_ = false;
              break;
            case u'}': {
              Brace b = braces_.empty() ? Brace::Block : braces_.back();
              if (!braces_.empty()) braces_.pop_back();
              if (b == Brace::Function && function_depth_ > 0) function_depth_--;
              if ((b == Brace::Function || b == Brace::Class) && !fns_.empty()) {
                if (!fns_.back().arrow && plain_functions_ > 0) plain_functions_--;
                fns_.pop_back();
              }
              if (async_depth_ != kNone && async_depth_ > depth()) async_depth_ = kNone;
              ends_operand = b == Brace::Object;
              pop_arrows();
              break;
            }
            case u',':
            case u';':
              if (!arrows_.empty() && arrows_.back().depth == depth()) arrows_.pop_back();
              if (async_depth_ == depth()) async_depth_ = kNone;
              break;
            default:
              break;
          }
        } else if (w == u"=>") {
          after_arrow_ = true;
          arrow_async_ = async_depth_ == depth();
          if (arrow_async_) async_depth_ = kNone;
        } else if (w == u"++" || w == u"--") {
          ends_operand = true;
        }
        break;
      }
    }
    regex_ok_ = !ends_operand;
    prev_dot_ = t.kind == Tok::Punct && (w == u"." || w == u"?.");
    prev_kind_ = t.kind;
    prev2_word_ = prev_word_;
    prev_word_ = t.kind == Tok::Ident ? w : View();
    prev_punct_ = t.kind == Tok::Punct ? w[0] : 0;
    prev_close_paren_ = t.kind == Tok::Punct && w == u")";
    prev_arrow_ = t.kind == Tok::Punct && w == u"=>";
    prev_member_ = t.member_name;
  }

  // Names assigned after their declaration: `x = `, `x op= `, `x++`,
  // `++x` (a declaration's own `let x =` excluded).
  // The k-th last token (0: the newest).
  const Token& recent(size_t k) const { return recent_[(head_ - k) & 3]; }

  void note_assignment(const Token& t) {
    // A let/const/var declaration list: `, name =` in it declares.
    if (declaring_ && (depth() < declaring_depth_ ||
                       (depth() == declaring_depth_ && t.kind == Tok::Punct && s_[t.start] == u';') ||
                       (t.nl_before && !regex_ok_ && t.kind == Tok::Ident && depth() == declaring_depth_))) {
      declaring_ = false;
    }
    if (t.kind == Tok::Ident && !t.after_dot) {
      View w = text(t);
      if (w == u"let" || w == u"const" || w == u"var") {
        declaring_ = true;
        declaring_depth_ = depth();
      }
    }
    if (pending_update_) {
      pending_update_ = false;
      if (t.kind == Tok::Ident && !t.after_dot) assigned_.insert(text(t));
    }
    if (t.kind == Tok::Ident && !t.after_dot) idents_.push_back(text(t));
    if (t.kind == Tok::Punct) {
      View w = text(t);
      if (w.size() == 1 && (w[0] == u'{' || w[0] == u'[')) {
        View before = recent(0).kind == Tok::Ident ? text(recent(0)) : View();
        bool declaration = before == u"let" || before == u"const" || before == u"var";
        opens_.push_back({idents_.size(), declaration});
      } else if (w.size() == 1 && (w[0] == u'}' || w[0] == u']') && !opens_.empty()) {
        closed_ = opens_.back();
        closed_end_ = idents_.size();
        opens_.pop_back();
        if (opens_.empty()) idents_.clear();  // nothing open: no pattern to look back into
      }
      if (w == u"++" || w == u"--") {
        if (recent(0).kind == Tok::Ident && !recent(0).after_dot && !t.nl_before) assigned_.insert(text(recent(0)));
        else pending_update_ = true;
      } else if (w[0] == u'=' && !(t.end < n_ && (s_[t.end] == u'=' || s_[t.end] == u'>'))) {
        // Back over the operator of a compound assignment (+=, >>>=, ??=, ...).
        size_t k = 0;
        while (k < 3 && recent(k).kind == Tok::Punct && recent(k).end - recent(k).start == 1 &&
               View(u"+-*/%&|^?<>").find(s_[recent(k).start]) != View::npos) {
          k++;
        }
        // A destructuring assignment ([a, b] = ..., ({ a } = ...)): every
        // name in the pattern (keys too, conservatively).
        if (k == 0 && recent(0).kind == Tok::Punct && (s_[recent(0).start] == u']' || s_[recent(0).start] == u'}') &&
            !closed_.declaration) {
          for (size_t i = closed_.first; i < closed_end_ && i < idents_.size(); i++) assigned_.insert(idents_[i]);
        }
        bool comparison = k == 1 && (s_[recent(0).start] == u'<' || s_[recent(0).start] == u'>');
        const Token& target = recent(k < 3 ? k : 2);
        if (!comparison && target.kind == Tok::Ident && !target.after_dot) {
          View before = k + 1 < 4 ? text(recent(k + 1)) : View();
          bool declaration = k == 0 && ((recent(1).kind == Tok::Ident &&
                                         (before == u"let" || before == u"const" || before == u"var")) ||
                                        (declaring_ && depth() == declaring_depth_ && before == u","));
          if (!declaration) assigned_.insert(text(target));
        }
      }
    }
    head_ = (head_ + 1) & 3;
    recent_[head_] = t;
  }

 public:
  bool assigned(View name) const { return assigned_.count(name) != 0; }

 private:
  // An arrow function's expression body ends where its nesting level closes.
  void pop_arrows() {
    while (!arrows_.empty() && arrows_.back().depth > depth()) arrows_.pop_back();
  }

  Brace brace_kind() const {
    if (prev_arrow_) return Brace::Function;
    if (prev_close_paren_) return last_paren_control_ ? Brace::Block : Brace::Function;
    if (pending_class_) return Brace::Class;
    switch (prev_kind_) {
      case Tok::End:
        return Brace::Block;
      case Tok::Ident:
        return keyword_before_expression(prev_word_) && prev_word_ != u"else" && prev_word_ != u"do" ? Brace::Object
                                                                                                       : Brace::Block;
      case Tok::TemplateHead:
        return Brace::Object;
      case Tok::Punct:
        return prev_punct_ == u';' || prev_punct_ == u'{' || prev_punct_ == u'}' ? Brace::Block : Brace::Object;
      default:
        return Brace::Block;
    }
  }

  const char16_t* s_;
  size_t n_;
  size_t pos_ = 0;
  std::vector<Brace> braces_;
  std::vector<bool> parens_;  // true: the parentheses of if/for/while/...
  struct Body {
    size_t depth;  // the nesting depth inside it
    bool arrow;
    bool async;
  };
  std::vector<Body> arrows_;  // open arrow expression bodies (arrow is true)
  std::vector<Body> fns_;  // open function bodies and class bodies (in braces)
  size_t plain_functions_ = 0;  // those of fns_ that are no arrow
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t async_depth_ = kNone;  // an `async` was seen here; its function is to come
  bool after_async_ = false;  // the last token was `async`
  bool arrow_async_ = false;  // the last `=>` was an async arrow's
  bool prev_member_ = false;  // the last token named a class member or method
  size_t brackets_ = 0;
  size_t function_depth_ = 0;
  bool regex_ok_ = true;
  bool prev_dot_ = false;
  bool last_paren_control_ = false;
  bool pending_class_ = false;
  bool after_arrow_ = false;
  bool prev_close_paren_ = false;
  bool prev_arrow_ = false;
  Tok prev_kind_ = Tok::End;
  View prev_word_;
  View prev2_word_;
  char16_t prev_punct_ = 0;
  std::vector<Token> pushed_;  // read ahead and put back, last first
  Token recent_[4];            // the last tokens, a ring (see recent())
  size_t head_ = 0;
  bool pending_update_ = false;
  bool declaring_ = false;  // in a let/const/var declaration list ...
  size_t declaring_depth_ = 0;  // ... at this depth
  std::unordered_set<View> assigned_;
  // For destructuring assignments: the names read inside open brackets and
  // braces (idents_), where each open one starts, and the last closed one.
  struct Open {
    size_t first = 0;
    bool declaration = false;  // a let/const/var pattern
  };
  std::vector<View> idents_;
  std::vector<Open> opens_;
  Open closed_;
  size_t closed_end_ = 0;
};

// The value of a string literal token (escapes of the common kinds decoded;
// module specifiers and export names rarely have any).
std::u16string string_value(View quoted) {
  std::u16string out;
  if (quoted.size() < 2) return out;
  View inner = quoted.substr(1, quoted.size() - 2);
  for (size_t i = 0; i < inner.size(); i++) {
    char16_t c = inner[i];
    if (c != u'\\' || i + 1 >= inner.size()) {
      out.push_back(c);
      continue;
    }
    char16_t e = inner[++i];
    switch (e) {
      case u'n': out.push_back(u'\n'); break;
      case u't': out.push_back(u'\t'); break;
      case u'r': out.push_back(u'\r'); break;
      case u'0': out.push_back(u'\0'); break;
      case u'x':
      case u'u': {
        size_t digits = e == u'x' ? 2 : 4;
        uint32_t v = 0;
        size_t k = 0;
        for (; k < digits && i + 1 < inner.size(); k++) {
          char16_t h = inner[i + 1];
          uint32_t d = h >= u'0' && h <= u'9' ? h - u'0' : (h | 0x20) >= u'a' && (h | 0x20) <= u'f' ? (h | 0x20) - u'a' + 10 : 99;
          if (d == 99) break;
          v = v * 16 + d;
          i++;
        }
        out.push_back(static_cast<char16_t>(v));
        break;
      }
      default:
        if (!is_newline(e)) out.push_back(e);
        break;
    }
  }
  return out;
}

class Transformer {
 public:
  Transformer(const char16_t* s, size_t n, bool module, bool code_calls)
      : s_(s), n_(n), sc_(s, n), module_(module), code_calls_(code_calls) {}

  Result run() {
    // A hashbang is allowed only at the very start of a script, and the
    // body follows the header: it becomes a line comment.
    if (n_ >= 2 && s_[0] == u'#' && s_[1] == u'!') edits_.push_back({0, 2, u"//"});
    for (;;) {
      Token t = tok();
      if (t.kind == Tok::End) break;
      if (t.kind != Tok::Ident || t.after_dot || t.member_name) continue;
      View w = sc_.text(t);
      if (t.depth != 0) {
        // A `var` anywhere outside functions declares a module binding.
        if (w == u"var" && sc_.function_depth() == 0 && !declarations(t.depth, false)) declarations_complete_ = false;
        continue;
      }
      if (w == u"import" && !expression_import_) {
        if (parse_import(t)) r_.module_syntax = true;
      } else if (w == u"export") {
        if (parse_export(t)) r_.module_syntax = true;
      } else if (w == u"var" || w == u"let" || w == u"const") {
        bool wrapper_name = false;
        if (w != u"var") {
          Token n = sc_.peek();
          wrapper_name = n.kind == Tok::Ident && is_wrapper_name(sc_.text(n));
        }
        if (wrapper_name) r_.redeclares_wrapper_name = true;
        if (!declarations(0, false)) declarations_complete_ = false;
      } else if (w == u"function" || w == u"class") {
        Token n = tok();
        if (w == u"function" && sc_.punct(n, u'*')) n = tok();
        if (n.kind == Tok::Ident && !sc_.is(n, u"extends")) {
          declared_.insert(std::u16string(sc_.text(n)));
          if (w == u"class" && is_wrapper_name(sc_.text(n))) r_.redeclares_wrapper_name = true;
        } else {
          sc_.push_back(n);
        }
      }
    }
    finish_exports();
    if (r_.error.empty()) check_exports();
    apply_edits();
    return std::move(r_);
  }

  // An exported import (`import { a } ...; export { a }`) is an indirect
  // export, resolved through the import; the others note reassignment.
  void finish_exports() {
    for (ImportBinding& b : r_.imports) b.assigned = sc_.assigned(b.local);
    std::vector<LocalExport> locals;
    for (LocalExport& e : r_.exports) {
      const ImportBinding* via = nullptr;
      for (const ImportBinding& b : r_.imports) {
        if (b.local == e.local) via = &b;
      }
      if (via != nullptr) {
        r_.reexports.push_back({via->request, via->imported, e.exported, e.offset});
        continue;
      }
      e.reassigned = uses_eval_ || sc_.assigned(e.local);
      locals.push_back(std::move(e));
    }
    r_.exports = std::move(locals);
  }

 private:
  // Every token the transform reads comes through here, whichever part of
  // a declaration it is in: `import(`, `import.meta` and top-level
  // `await` can be anywhere (an exported initializer too).
  Token tok() {
    Token t = sc_.next();
    expression_import_ = false;
    Token before = last_;
    Token before2 = last2_;
    last2_ = last_;
    last_ = t;
    if (!code_closes_.empty() && t.kind == Tok::Punct && s_[t.start] == u')' && t.depth == code_closes_.back().depth &&
        t.start > code_closes_.back().open) {
      // The end of the arguments of an eval or Function call (see on_code_call).
      edits_.push_back({t.start, t.start, u")"});
      code_closes_.pop_back();
    }
    if (t.kind != Tok::Ident) return t;
    View w = sc_.text(t);
    if (t.after_dot) {
      // `globalThis.eval(...)` (or window., global., self.): an indirect eval.
      if (WORD_IS(w, "eval") && sc_.punct(before, u'.') && before2.kind == Tok::Ident && !before2.after_dot) {
        View o = sc_.text(before2);
        if (o == u"globalThis" || o == u"window" || o == u"global" || o == u"self") {
          on_code_call(t, sc_.peek(), u"$jev$(" + std::u16string(o) + u".eval");
        }
      }
      return t;
    }
    if (w[0] != u'i' && w[0] != u'a' && w[0] != u'r' && w[0] != u'n' && w[0] != u'e' && w[0] != u'F') return t;
    if (WORD_IS(w, "import")) {
      expression_import_ = on_import(t);
    } else if (WORD_IS(w, "await") && !t.member_name) {
      on_await(t, before);
    } else if (t.member_name) {
      return t;
    } else if (WORD_IS(w, "eval")) {
      uses_eval_ = true;  // a direct eval can assign any binding
      on_eval(t, before, before2);
    } else if (WORD_IS(w, "Function")) {
      // `Function(...)`, `new Function(...)`; not its declaration.
      Token paren = sc_.peek();
      if (!(before.kind == Tok::Ident && !before.after_dot && sc_.is(before, u"function"))) {
        on_code_call(t, paren, u"$jfn$(Function");
      }
    } else if (WORD_IS(w, "return")) {
      if (sc_.function_depth() == 0) early_error(t.start, u"Illegal return statement", u"return");
    } else if (WORD_IS(w, "new")) {
      Token dot = sc_.peek();
      if (!sc_.in_plain_function() && sc_.punct(dot, u'.')) {
        sc_.next();
        Token target = sc_.peek();
        if (target.kind == Tok::Ident && sc_.is(target, u"target")) {
          early_error(target.start, u"new.target expression is not allowed here", u"new.target");
        }
        sc_.push_back(dot);
      }
    } else if (WORD_IS(w, "arguments") && module_ && !sc_.in_plain_function()) {
      // No function of its own around it: in a module this is a free name
      // (node: ReferenceError "arguments is not defined"), but here the
      // module body is a generator, whose `arguments` it would be. It
      // becomes a name no code declares, as long as "arguments" and read
      // alike in JSC's message: the last letter is U+0455 (Cyrillic dze).
      // Declared or assigned, it is a syntax error in strict code, which
      // the new name would hide from the engine.
      if (declares_or_assigns(t, before)) early_error(t.start, u"Unexpected eval or arguments in strict mode");
      edits_.push_back({t.start, t.end, u"argument\u0455"});
    }
    return t;
  }

  // Whether the name `t` (read after `before`) is declared (`let x`,
  // `function x`, ...) or assigned (`x = `, `x += `, `x++`, `--x`, ...).
  bool declares_or_assigns(const Token& t, const Token& before) {
    if (before.kind == Tok::Ident && !before.after_dot) {
      View b = sc_.text(before);
      if (b == u"let" || b == u"const" || b == u"var" || b == u"function" || b == u"class") return true;
    }
    // A `++`/`--` right before it (the scanner reads it as one token).
    if (before.kind == Tok::Punct && before.end - before.start == 2 && (s_[before.start] == u'+' || s_[before.start] == u'-') &&
        s_[before.start + 1] == s_[before.start]) {
      return true;
    }
    size_t at = t.end;
    while (at < n_ && (s_[at] == u' ' || s_[at] == u'\t')) at++;
    size_t op = at;
    while (at < n_ && View(u"=+-*/%&|^<>?!").find(s_[at]) != View::npos) at++;
    View run(s_ + op, at - op);
    if (run.substr(0, 2) == u"++" || run.substr(0, 2) == u"--") return true;
    if (run.empty() || run.back() != u'=') return false;
    return run != u"==" && run != u"===" && run != u"!=" && run != u"!==" && run != u"<=" && run != u">=";
  }

  // `await`: an await expression at the top level (top-level await) and
  // in async functions; a reserved word anywhere else in a module.
  void on_await(const Token& t, const Token& before) {
    switch (sc_.await_at()) {
      case Scanner::AwaitAt::TopLevel: {
        if (!r_.top_level_await) r_.first_await_offset = t.start;
        r_.top_level_await = true;
        r_.module_syntax = true;
        // Declared as a name: `let await`, `function await`, ...
        View b = before.kind == Tok::Ident && !before.after_dot ? sc_.text(before) : View();
        if (b == u"var" || b == u"let" || b == u"const" || b == u"function" || b == u"class") {
          early_error(t.start, u"Unexpected reserved word");
        }
        break;
      }
      case Scanner::AwaitAt::Other: {
        // `await x` there could be a misread of an async function (the
        // engine tells); `await` as a name is an error in any function.
        Token n = sc_.peek();
        bool operand = n.kind == Tok::Number || n.kind == Tok::String || n.kind == Tok::Template ||
                       n.kind == Tok::TemplateHead || n.kind == Tok::Regex ||
                       (n.kind == Tok::Ident && !sc_.is(n, u"in") && !sc_.is(n, u"of") && !sc_.is(n, u"instanceof")) ||
                       (n.kind == Tok::Punct && View(u"([{!~+-").find(sc_.text(n)[0]) != View::npos);
        early_error(t.start, u"Unexpected reserved word", operand ? u"await" : u"");
        break;
      }
      case Scanner::AwaitAt::Async:
        break;
    }
  }

  // Calls that run code JSC compiles itself, which the transform never
  // sees: `eval(args)` (a direct eval when `eval` is the global one; a
  // spread call is one too), `(0, eval)(args)` and `globalThis.eval(args)`
  // (indirect), `[new] Function(args)`. Their arguments become
  // `...$jev$(eval, args)` (or `$jfn$(Function, args)`): when the callee is
  // the global eval or Function, the loader rewrites the `import(` of the
  // code strings (see its entries.js). `new eval(...)` and declarations are
  // no such calls.
  void on_eval(const Token& t, const Token& before, const Token& before2) {
    if (before.kind == Tok::Ident && !before.after_dot && (sc_.is(before, u"new") || sc_.is(before, u"function"))) return;
    Token n = sc_.peek();
    if (sc_.punct(n, u'(')) {
      on_code_call(t, n, u"$jev$(eval");
      return;
    }
    // `(0, eval)(`: a number, a comma, then eval and the `)`; look past it.
    if (!sc_.punct(n, u')') || !sc_.punct(before, u',') || before2.kind != Tok::Number) return;
    Token close = sc_.next();
    Token paren = sc_.peek();
    sc_.push_back(close);
    on_code_call(t, paren, u"$jev$(eval");
  }

  // Wraps the arguments of the call whose callee ends with token `t`, if
  // `paren` opens them: `(` becomes `(...<head>, ` and a `)` is added
  // before the closing one.
  void on_code_call(const Token& t, const Token& paren, const std::u16string& head) {
    if (!code_calls_ || !sc_.punct(paren, u'(')) return;
    if (t.start <= last_code_call_ && r_.code_calls) return;  // read again after a push_back
    last_code_call_ = t.start;
    r_.code_calls = true;
    edits_.push_back({paren.start, paren.end, u"(..." + head + u", "});
    code_closes_.push_back({paren.depth + 1, paren.start});
  }

  // True when `import` at t is an expression (import() or import.meta).
  bool on_import(const Token& t) {
    Token n = sc_.peek();
    bool seen = !edits_.empty() && edits_.back().start == t.start;  // read again after a push_back
    if (sc_.punct(n, u'(')) {
      if (t.member_name) return false;  // a method named import
      if (!seen) edits_.push_back({t.start, t.end, u"$jimp$"});
      return true;
    }
    if (sc_.punct(n, u'.')) {
      sc_.next();
      Token meta = sc_.next();
      if (meta.kind == Tok::Ident && sc_.is(meta, u"meta")) {
        if (!seen) edits_.push_back({t.start, meta.end, u"$jmeta$"});
        r_.module_syntax = true;
      } else {
        sc_.push_back(meta);
      }
      return true;
    }
    return false;
  }

  // Reads `from 'x'` (the keyword already read when `have_from`) plus the
  // import attributes; returns the request index and sets `end`.
  bool read_source(size_t& request, size_t& end) {
    Token spec = tok();
    if (spec.kind != Tok::String) return false;
    Request req;
    req.specifier = string_value(sc_.text(spec));
    end = spec.end;
    Token w = sc_.peek();
    if (w.kind == Tok::Ident && !w.nl_before && (sc_.is(w, u"with") || sc_.is(w, u"assert"))) {
      // The older `assert { ... }` form is a syntax error in node 24.
      if (sc_.is(w, u"assert")) early_error(w.start, u"Unexpected identifier 'assert'");
      tok();
      if (!sc_.punct(tok(), u'{')) return false;
      for (;;) {
        Token key = tok();
        if (sc_.punct(key, u'}')) {
          end = key.end;
          break;
        }
        if (key.kind != Tok::Ident && key.kind != Tok::String) return false;
        std::u16string k = key.kind == Tok::String ? string_value(sc_.text(key)) : std::u16string(sc_.text(key));
        if (!sc_.punct(tok(), u':')) return false;
        Token value = tok();
        if (value.kind != Tok::String) return false;
        if (k == u"type") {
          req.type = string_value(sc_.text(value));
          req.has_type = true;
        } else if (req.other_attribute.empty()) {
          req.other_attribute = k;
        }
        Token sep = tok();
        if (sc_.punct(sep, u'}')) {
          end = sep.end;
          break;
        }
        if (!sc_.punct(sep, u',')) return false;
      }
    }
    Token semi = sc_.peek();
    if (sc_.punct(semi, u';')) {
      tok();
      end = semi.end;
    }
    request = add_request(std::move(req));
    return true;
  }

  size_t add_request(Request req) {
    for (size_t i = 0; i < r_.requests.size(); i++) {
      const Request& o = r_.requests[i];
      if (o.specifier == req.specifier && o.type == req.type && o.has_type == req.has_type) return i;
    }
    r_.requests.push_back(std::move(req));
    return r_.requests.size() - 1;
  }

  // A name in an import/export list: an identifier or a string.
  bool list_name(const Token& t, std::u16string& out) {
    if (t.kind == Tok::Ident) {
      out = std::u16string(sc_.text(t));
      return true;
    }
    if (t.kind == Tok::String) {
      out = string_value(sc_.text(t));
      return true;
    }
    return false;
  }

  bool parse_import(const Token& start) {
    std::vector<ImportBinding> names;  // request filled in at the end
    Token t = tok();
    if (t.kind != Tok::String) {
      sc_.push_back(t);
      t = tok();
      if (t.kind == Tok::Ident) {
        names.push_back({0, u"default", std::u16string(sc_.text(t)), t.start});
        t = tok();
        if (sc_.punct(t, u',')) t = tok();
      }
      if (sc_.punct(t, u'*')) {
        Token as = tok();
        Token local = tok();
        if (!sc_.is(as, u"as") || local.kind != Tok::Ident) return false;
        names.push_back({0, u"*", std::u16string(sc_.text(local)), local.start});
        t = tok();
      } else if (sc_.punct(t, u'{')) {
        for (;;) {
          Token item = tok();
          if (sc_.punct(item, u'}')) break;
          std::u16string imported, local;
          if (!list_name(item, imported)) return false;
          Token n = tok();
          if (n.kind == Tok::Ident && sc_.is(n, u"as")) {
            Token l = tok();
            if (l.kind != Tok::Ident) return false;
            local = std::u16string(sc_.text(l));
            n = tok();
          } else {
            if (item.kind != Tok::Ident) return false;
            local = imported;
          }
          names.push_back({0, imported, local, item.start});
          if (sc_.punct(n, u'}')) break;
          if (!sc_.punct(n, u',')) return false;
        }
        t = tok();
      }
      if (!(t.kind == Tok::Ident && sc_.is(t, u"from"))) return false;
    } else {
      sc_.push_back(t);
    }
    size_t request = 0, end = 0;
    if (!read_source(request, end)) return false;
    for (ImportBinding& b : names) {
      b.request = request;
      r_.imports.push_back(std::move(b));
    }
    edits_.push_back({start.start, end, u""});
    return true;
  }

  bool parse_export(const Token& start) {
    Token t = tok();
    if (t.kind == Tok::Ident && sc_.is(t, u"default")) return export_default(start, t);
    if (t.kind == Tok::Ident) {
      View w = sc_.text(t);
      if (w == u"var" || w == u"let" || w == u"const") {
        edits_.push_back({start.start, start.end, u""});
        return export_declarations();
      }
      if (w == u"function" || w == u"async" || w == u"class") {
        if (w == u"async" && !sc_.is(tok(), u"function")) return false;
        Token name = tok();
        if (sc_.punct(name, u'*')) name = tok();
        if (name.kind != Tok::Ident) return false;
        edits_.push_back({start.start, start.end, u""});
        declare(name, true);
        return true;
      }
      return false;
    }
    if (sc_.punct(t, u'*')) {
      Token n = tok();
      std::u16string exported;
      bool as_namespace = n.kind == Tok::Ident && sc_.is(n, u"as");
      size_t name_at = 0;
      if (as_namespace) {
        Token name = tok();
        name_at = name.start;
        if (!list_name(name, exported)) return false;
        n = tok();
      }
      if (!(n.kind == Tok::Ident && sc_.is(n, u"from"))) return false;
      size_t request = 0, end = 0;
      if (!read_source(request, end)) return false;
      if (as_namespace) r_.reexports.push_back({request, u"*", exported, name_at});
      else r_.star_exports.push_back(request);
      edits_.push_back({start.start, end, u""});
      return true;
    }
    if (sc_.punct(t, u'{')) {
      struct Listed {
        std::u16string local;  // or the imported name
        std::u16string exported;
        size_t offset;
        bool string;  // the local name is a string literal
      };
      std::vector<Listed> names;
      size_t end = 0;
      for (;;) {
        Token item = tok();
        if (sc_.punct(item, u'}')) {
          end = item.end;
          break;
        }
        std::u16string local, exported;
        if (!list_name(item, local)) return false;
        Token n = tok();
        if (n.kind == Tok::Ident && sc_.is(n, u"as")) {
          if (!list_name(tok(), exported)) return false;
          n = tok();
        } else {
          exported = local;
        }
        names.push_back({local, exported, item.start, item.kind == Tok::String});
        if (sc_.punct(n, u'}')) {
          end = n.end;
          break;
        }
        if (!sc_.punct(n, u',')) return false;
      }
      Token from = sc_.peek();
      if (from.kind == Tok::Ident && sc_.is(from, u"from")) {
        tok();
        size_t request = 0;
        if (!read_source(request, end)) return false;
        for (Listed& e : names) r_.reexports.push_back({request, e.local, e.exported, e.offset});
      } else {
        Token semi = sc_.peek();
        if (sc_.punct(semi, u';')) {
          tok();
          end = semi.end;
        }
        for (Listed& e : names) {
          if (e.string) early_error(e.offset, u"String literal module export names must be followed by a 'from' clause");
          r_.exports.push_back({e.exported, e.local, false, e.offset, true});
        }
      }
      edits_.push_back({start.start, end, u""});
      return true;
    }
    return false;
  }

  bool export_default(const Token& start, const Token& kw) {
    default_statements_.push_back(kw.start);
    Token t = tok();
    View w = t.kind == Tok::Ident ? sc_.text(t) : View();
    bool is_async = false;
    if (w == u"async") {
      Token f = sc_.peek();
      if (f.kind == Tok::Ident && sc_.is(f, u"function") && !f.nl_before) {
        is_async = true;
        tok();
        t = f;
        w = u"function";
      }
    }
    if (w == u"function" || w == u"class") {
      bool generator = false;
      size_t keyword_end = t.end;
      Token name = tok();
      if (w == u"function" && sc_.punct(name, u'*')) {
        generator = true;
        keyword_end = name.end;
        name = tok();
      }
      sc_.push_back(name);
      if (name.kind == Tok::Ident && !(w == u"class" && sc_.is(name, u"extends"))) {
        edits_.push_back({start.start, kw.end, u""});
        std::u16string local(sc_.text(name));
        declared_.insert(local);
        r_.exports.push_back({u"default", local, false, kw.start});
        return true;
      }
      std::u16string text = is_async ? u"async function " : w == u"class" ? u"class " : u"function";
      if (generator) text += u"* ";
      else if (w == u"function") text += u" ";
      text += kDefaultLocal;
      edits_.push_back({start.start, keyword_end, text});
      r_.exports.push_back({u"default", kDefaultLocal, false, kw.start});
      r_.anonymous_default_function = w == u"function";
      r_.anonymous_default_class = w == u"class";
      return true;
    }
    sc_.push_back(t);
    edits_.push_back({start.start, kw.end, std::u16string(u"const ") + kDefaultLocal + u" ="});
    r_.exports.push_back({u"default", kDefaultLocal, false, kw.start});
    return true;
  }

  // `export var|let|const` declarators: records the names they bind.
  bool export_declarations() { return declarations(0, true); }

  static bool is_wrapper_name(View w) {
    return w == u"require" || w == u"module" || w == u"exports" || w == u"__filename" || w == u"__dirname";
  }

  // The first early error is the one reported.
  void early_error(size_t offset, std::u16string message, const char16_t* check = u"", std::u16string name = {}) {
    if (!r_.error.empty()) return;
    r_.error = std::move(message);
    r_.error_offset = offset;
    r_.error_check = check;
    r_.error_name = std::move(name);
  }

  // Duplicate export names, and `export { x }` of a name the module does
  // not declare (checked only when every declaration could be read).
  void check_exports() {
    if (default_statements_.size() > 1) {
      early_error(default_statements_[1], u"Identifier '.default' has already been declared");
      return;
    }
    std::vector<std::pair<size_t, const std::u16string*>> names;  // offset, exported name
    for (const LocalExport& e : r_.exports) names.push_back({e.offset, &e.exported});
    for (const ReExport& e : r_.reexports) names.push_back({e.offset, &e.exported});
    std::sort(names.begin(), names.end());
    std::unordered_set<View> seen;
    for (const auto& [offset, name] : names) {
      if (!seen.insert(View(*name)).second) {
        early_error(offset, u"Duplicate export of '" + *name + u"'");
        return;
      }
    }
    if (!declarations_complete_) return;
    const LocalExport* undeclared = nullptr;
    for (const LocalExport& e : r_.exports) {
      if (e.listed && declared_.count(e.local) == 0 && (undeclared == nullptr || e.offset < undeclared->offset)) {
        undeclared = &e;
      }
    }
    if (undeclared != nullptr) {
      early_error(undeclared->offset, u"Export '" + undeclared->local + u"' is not defined in module", u"undeclared",
                  undeclared->local);
    }
  }

  // var/let/const declarators, the keyword read at nesting `depth`: records
  // the names they bind (as exports too when `exported`).
  bool declarations(size_t depth, bool exported) {
    for (;;) {
      if (!binding_pattern(exported)) return false;
      // The initializer, up to the `,` of the next declarator or the end
      // of the statement (`;`, or a line break where ASI applies).
      bool prev_operand = false;
      for (;;) {
        Token t = tok();
        if (t.kind == Tok::End) return true;
        if (t.depth == depth) {
          if (sc_.punct(t, u',')) break;
          if (sc_.punct(t, u';')) return true;
          if (sc_.punct(t, u')') || sc_.punct(t, u'}') || sc_.punct(t, u']')) {
            sc_.push_back(t);  // the end of a `for (var ...)` head or of a block
            return true;
          }
          if (t.nl_before && prev_operand &&
              (t.kind == Tok::String || t.kind == Tok::Number ||
               (t.kind == Tok::Ident && !sc_.is(t, u"in") && !sc_.is(t, u"instanceof")))) {
            sc_.push_back(t);
            return true;
          }
        }
        prev_operand = t.kind == Tok::Ident || t.kind == Tok::Number || t.kind == Tok::String ||
                       t.kind == Tok::Regex || t.kind == Tok::Template || sc_.punct(t, u')') ||
                       sc_.punct(t, u']') || sc_.punct(t, u'}');
        if (t.depth == depth && sc_.punct(t, u'=')) prev_operand = false;
      }
    }
  }

  // Skips an expression up to a `,`, `}`, `]` or `)` at nesting `depth`
  // (left unread).
  void skip_to(size_t depth) {
    for (;;) {
      Token t = tok();
      if (t.kind == Tok::End) return;
      if (t.depth == depth && (sc_.punct(t, u',') || sc_.punct(t, u'}') || sc_.punct(t, u']') || sc_.punct(t, u')'))) {
        sc_.push_back(t);
        return;
      }
    }
  }

  // A binding identifier or destructuring pattern; exported names recorded.
  bool binding_pattern(bool exported) {
    Token t = tok();
    if (t.kind == Tok::Ident) {
      declare(t, exported);
      return true;
    }
    bool object = sc_.punct(t, u'{');
    if (!object && !sc_.punct(t, u'[')) return false;
    size_t inner = t.depth + 1;
    for (;;) {
      Token item = tok();
      if (sc_.punct(item, object ? u'}' : u']')) return true;
      if (!object && sc_.punct(item, u',')) continue;  // a hole
      if (item.kind == Tok::Punct && sc_.text(item) == u"...") {
        if (!binding_pattern(exported)) return false;
      } else if (object) {
        if (sc_.punct(item, u'[')) skip_to(inner + 1), tok();  // [computed]: value
        Token n = sc_.peek();
        if (sc_.punct(n, u':')) {
          tok();
          if (!binding_pattern(exported)) return false;
        } else if (item.kind == Tok::Ident) {
          declare(item, exported);
        } else {
          return false;
        }
      } else {
        sc_.push_back(item);
        if (!binding_pattern(exported)) return false;
      }
      Token n = tok();
      if (sc_.punct(n, u'=')) {
        skip_to(inner);
        n = tok();
      }
      if (sc_.punct(n, object ? u'}' : u']')) return true;
      if (!sc_.punct(n, u',')) return false;
    }
  }

  void declare(const Token& name, bool exported) {
    std::u16string local(sc_.text(name));
    if (exported) r_.exports.push_back({local, local, false, name.start});
    declared_.insert(std::move(local));
  }

  // The body: the source with the edits applied. A replacement shorter
  // than its span is padded with spaces; every line terminator of the
  // span is kept, so lines never move.
  void apply_edits() {
    std::u16string& out = r_.body;
    out.reserve(n_ + 16);
    // Mostly read in order already; `export default import(...)` records
    // its `import` before the statement.
    std::stable_sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) { return a.start < b.start; });
    size_t at = 0;
    // Where the output's current line starts (found when an edit grows).
    size_t line = 1;
    size_t line_start = 0;
    size_t scanned = 0;
    for (const Edit& e : edits_) {
      if (e.start < at || e.end > n_ || e.end < e.start) continue;
      out.append(s_ + at, e.start - at);
      out.append(e.text);
      if (e.text.size() > e.end - e.start) {
        for (; scanned < out.size(); scanned++) {
          char16_t c = out[scanned];
          if (!is_newline(c) || (c == u'\r' && scanned + 1 < out.size() && out[scanned + 1] == u'\n')) continue;
          line++;
          line_start = scanned + 1;
        }
        r_.column_shifts.push_back(line);
        r_.column_shifts.push_back(out.size() - line_start);
        r_.column_shifts.push_back(e.text.size() - (e.end - e.start));
      }
      size_t covered = e.start + e.text.size();
      for (size_t i = e.start; i < e.end; i++) {
        char16_t c = s_[i];
        if (is_newline(c)) out.push_back(c);
        else if (i >= covered) out.push_back(u' ');
      }
      at = e.end;
    }
    out.append(s_ + at, n_ - at);
  }

  const char16_t* s_;
  size_t n_;
  Scanner sc_;
  Result r_;
  std::vector<Edit> edits_;
  bool expression_import_ = false;  // the last token was such an `import`
  bool module_;
  bool code_calls_;
  bool uses_eval_ = false;
  Token last2_;  // the token before last_
  size_t last_code_call_ = 0;  // the callee of the last call on_code_call rewrote
  // Each such call still open: the depth of its closing `)`, after its `(`.
  struct OpenCall {
    size_t depth;
    size_t open;
  };
  std::vector<OpenCall> code_closes_;
  Token last_;  // the token read before the current one (by tok())
  std::unordered_set<std::u16string> declared_;  // the module scope's names
  bool declarations_complete_ = true;  // every declaration could be read
  std::vector<size_t> default_statements_;  // where each `export default` is
};

}  // namespace

Result transform(const char16_t* source, size_t length, bool module, bool code_calls) {
  return Transformer(source, length, module, code_calls).run();
}

std::vector<size_t> token_spans(const char16_t* source, size_t length, size_t from, size_t to) {
  std::vector<size_t> out;
  Scanner sc(source, length);
  for (;;) {
    Token t = sc.next();
    if (t.kind == Tok::End || t.start >= to) break;
    if (t.start < from) continue;
    out.push_back(t.start);
    out.push_back(t.end);
  }
  return out;
}

// The header is as long in every variant (absent parts are spaces), so
// columns on line 1 shift by the same kHeaderLength everywhere.
std::u16string make_script(const std::u16string& body, bool live, bool tla,
                           const std::vector<std::u16string>& import_locals,
                           const std::vector<std::u16string>& export_locals) {
  std::u16string s = u"(function ($jimp$, $jmeta$, $jexp$, $jscope$) { ";
  s += live ? u"with ($jscope$) " : u"                ";
  s += tla ? u"return async function* () { " : u"return       function* () { ";
  s += u"'use strict'; $jexp$($jlink$); yield; ";
  s += body;
  s += u"\n;";
  if (!live && !import_locals.empty()) {
    s += u"var ";
    for (size_t i = 0; i < import_locals.size(); i++) {
      if (i > 0) s += u", ";
      s += import_locals[i];
    }
    s += u"; ";
  }
  // Hoisted, so the header can call it: a getter per exported binding,
  // and a setter per imported one (set by the loader before the body runs).
  s += u"function $jlink$() { return [[";
  for (const std::u16string& local : export_locals) {
    s += u"() => ";
    s += local;
    s += u", ";
  }
  s += u"], [";
  if (!live) {
    for (const std::u16string& local : import_locals) {
      s += u"($v) => { ";
      s += local;
      s += u" = $v; }, ";
    }
  }
  s += u"]]; }\n}; })";
  return s;
}

}  // namespace jolt::esm

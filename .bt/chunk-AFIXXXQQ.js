import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  gitListing
} from "./chunk-NHYMEZ54.js";
import {
  escapedName,
  isUtf8Name,
  undecodableNameReason
} from "./chunk-3X7W323C.js";
import {
  LineMap
} from "./chunk-OVDC6TOV.js";
import {
  pathExists,
  require_picomatch
} from "./chunk-C7PHYS7N.js";
import {
  linkStampOf,
  linkWitness,
  stampOf,
  stampOfStats,
  versionOfStamp
} from "./chunk-VHNT77KF.js";
import {
  errorCode
} from "./chunk-XGZIY2SH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-KBQ5HHDO.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path5) => {
      const end = path5.length - 1;
      const index = path5.lastIndexOf(
        SLASH,
        path5[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path5 : path5.slice(index + 1);
    };
    var parentOf = (path5) => {
      if (path5.charCodeAt(0) === SLASH_CODE || path5.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path5.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path5.length - 1;
      const cut = path5.lastIndexOf(
        SLASH,
        path5.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path5.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd2 = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd2 - 1] === "\r") {
          lineEnd2--;
        }
        end = lineEnd2;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd2 = end - 1;
      }
      if (end === lineEnd2) {
        return body.slice(0, lineEnd2);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path5) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path5)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path5, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path5) : path5;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path5
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path5, originalPath, doThrow) => {
      if (!isString(path5)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path5) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path5)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path5) => {
      const first = path5.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path5.length === 1) {
        return true;
      }
      const second = path5.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path5.length === 2 || path5.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path5) {
        checkPath(
          path5,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path5 ? this._t(path5, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path5 = convertPath(target);
        if (!path5 || path5.charCodeAt(path5.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path5);
        }
        const dir = this._t(path5, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path5);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path5, cache) {
        if (path5 in cache) {
          return cache[path5];
        }
        const parentPath = parentOf(path5);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path5] = parent && parent.ignored ? parent : this._rules.test(path5, MODE_IGNORE);
      }
      ignores(path5) {
        return this._test(path5, this._ignoreCache, convertPath(path5)).ignored;
      }
      createFilter() {
        return (path5) => !this.ignores(path5);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path5) {
        return this._test(path5, this._testCache, convertPath(path5));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path5) => checkPath(convertPath(path5), path5, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path5) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path5) || isNotRelative(path5);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, Symbol.for("setupWindows"), setupWindows);
  }
});

// dist/util/paths.js
import path from "node:path";
function toPosix(p) {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}
function relativePosix(root, abs) {
  return toPosix(path.relative(root, abs));
}

// dist/workspace/layout.js
import path2 from "node:path";
var stateFolder = ".ssot";
var ssotLayout = {
  /** `ssot check`'s committed baseline of known deprecated edges. */
  baseline: `${stateFolder}/baseline.json`,
  /** `ssot snapshot` / `backfill`: one dated summary per line. */
  history: `${stateFolder}/history.jsonl`,
  /** `ssot migrate --backup`: `<run>/<file>` copies and each run's manifest. */
  backups: `${stateFolder}/backups`,
  /** `ssot migrate --write`: every run's figures (read by `migration-success-rate`). */
  lastMigration: `${stateFolder}/last-migration.json`,
  /** One `migrate --write` or `--restore` at a time. */
  migrateLock: `${stateFolder}/migrate.lock`
};
var isOwnState = (file) => file === stateFolder || file.startsWith(`${stateFolder}/`);
var statePath = (root, entry) => path2.join(root, ...ssotLayout[entry].split("/"));

// dist/workspace/source.js
import { closeSync, constants, openSync, readFileSync, readSync } from "node:fs";
var BlobScanStore = class {
  scans = /* @__PURE__ */ new Map();
  verdicts = /* @__PURE__ */ new Map();
  get(file) {
    return this.scans.get(file.version);
  }
  set(file, scan) {
    this.scans.set(file.version, scan);
  }
  verdict(file, key) {
    const stored = this.verdicts.get(file.version);
    return stored?.[0] === key ? stored[1] : void 0;
  }
  setVerdict(file, key, verdict) {
    this.verdicts.set(file.version, [key, verdict]);
  }
  /** Scans held (blobs scanned in full). */
  get size() {
    return this.scans.size;
  }
};
function readFromDisk(absOf) {
  return (files) => {
    const out = /* @__PURE__ */ new Map();
    for (const f of files) {
      try {
        out.set(f.file, readFileSync(absOf(f.file)));
      } catch (error) {
        out.set(f.file, error);
      }
    }
    return out;
  };
}
var ReusedBufferReader = class {
  buffer = Buffer.allocUnsafe(1 << 20);
  read(abs) {
    const fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      let length = 0;
      for (; ; ) {
        if (length === this.buffer.length) {
          const larger = Buffer.allocUnsafe(this.buffer.length * 2);
          this.buffer.copy(larger, 0, 0, length);
          this.buffer = larger;
        }
        const room = this.buffer.length - length;
        const read = readSync(fd, this.buffer, length, room, null);
        length += read;
        if (read < room)
          break;
      }
      return this.buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  }
};

// dist/workspace/working-tree.js
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync, readFileSync as readFileSync2, realpathSync as realpathSync2, statSync } from "node:fs";
import path4 from "node:path";

// dist/workspace/links.js
import { realpathSync } from "node:fs";
import path3 from "node:path";
var linkReasons = {
  outsideFile: "symbolic link to a file outside the root: not followed",
  outsideFolder: "symbolic link to a folder outside the root: not followed",
  broken: "broken symbolic link"
};
function isInside(rootReal, real) {
  return real === rootReal || real.startsWith(`${rootReal}${path3.sep}`);
}
function resolveLink(abs) {
  try {
    return { real: realpathSync.native(abs) };
  } catch (error) {
    const code = error.code;
    return {
      reason: code === "ENOENT" || code === "ELOOP" ? linkReasons.broken : `cannot resolve: ${errorCode(error)}`
    };
  }
}

// dist/workspace/working-tree.js
var alwaysSkipped = /* @__PURE__ */ new Set([".git", ".hg", ".svn", ".ssot", "node_modules"]);
function readGitignore(dir, rel, witness) {
  if (witness) {
    witness.paths.push(rel === "" ? ".gitignore" : `${rel}/.gitignore`);
    witness.stamps.push(stampOf(path4.join(dir, ".gitignore")));
  }
  let text;
  try {
    text = readFileSync2(path4.join(dir, ".gitignore"), "utf8");
  } catch {
    return void 0;
  }
  return { base: rel, ig: (0, import_ignore.default)().add(text) };
}
function isIgnored(rules, rel, isDir) {
  for (const { base, ig } of rules) {
    const sub = base === "" ? rel : rel.slice(base.length + 1);
    if (ig.ignores(isDir ? `${sub}/` : sub))
      return true;
  }
  return false;
}
function discoverWorkingTree(options) {
  const excluded = (0, import_picomatch.default)(options.exclude.length > 0 ? [...options.exclude] : ["\0"], {
    dot: true
  });
  const listed = options.useGit === false ? void 0 : options.listing ?? gitListing(options.root);
  const found = listed ? fromGitListing(options, listed, excluded) : walk(options, excluded);
  found.files.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  found.skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return found;
}
var versionOf = (st) => `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
var nameOf = (file) => file.slice(file.lastIndexOf("/") + 1);
function fromGitListing(options, listed, excluded) {
  const files = [];
  const skipped = [];
  const witness = options.witness ? { paths: [], stamps: [], gitListing: listed.hash } : void 0;
  let rootReal;
  for (const file of listed.undecodable) {
    if (options.accept(nameOf(file)) && !excluded(file) && !isOwnState(file))
      skipped.push({ file, reason: undecodableNameReason });
  }
  for (const file of listed.files) {
    if (!options.accept(nameOf(file)) || excluded(file) || isOwnState(file))
      continue;
    const abs = `${options.root}${path4.sep}${file}`;
    const stamp = options.stamps?.get(file);
    if (stamp !== void 0) {
      files.push({ file, abs, version: versionOfStamp(stamp), ...witness ? { stamp } : {} });
      continue;
    }
    let st;
    let linked = false;
    try {
      st = lstatSync(abs, { throwIfNoEntry: false });
      if (st?.isSymbolicLink()) {
        linked = true;
        const link = resolveLink(abs);
        if (witness) {
          witness.paths.push(linkWitness(file));
          witness.stamps.push(linkStampOf(abs, "real" in link ? link.real : void 0));
        }
        rootReal ??= realpathSync2.native(options.root);
        if ("reason" in link) {
          skipped.push({ file, reason: link.reason });
          continue;
        }
        st = statSync(link.real);
        if (!isInside(rootReal, link.real)) {
          if (st.isFile())
            skipped.push({ file, reason: linkReasons.outsideFile });
          continue;
        }
      }
    } catch (error) {
      skipped.push({ file, reason: `cannot stat: ${errorCode(error)}` });
      witness?.paths.push(file);
      witness?.stamps.push("?");
      continue;
    }
    if (!st?.isFile()) {
      if (witness && !linked) {
        witness.paths.push(file);
        witness.stamps.push(stampOfStats(st));
      }
      continue;
    }
    files.push({
      file,
      abs,
      version: versionOf(st),
      ...witness ? { stamp: stampOfStats(st) } : {}
    });
  }
  return { files, skipped, ...witness ? { witness } : {} };
}
function undecodableEntries(dir, rel, accept) {
  const valid = /* @__PURE__ */ new Set();
  const skipped = [];
  for (const raw of readdirSync(dir, { encoding: "buffer" })) {
    if (isUtf8Name(raw)) {
      valid.add(raw.toString("utf8"));
      continue;
    }
    const name = escapedName(raw);
    const file = rel === "" ? name : `${rel}/${name}`;
    const st = lstatSync(Buffer.concat([Buffer.from(`${dir}${path4.sep}`), raw]), {
      throwIfNoEntry: false
    });
    if (st?.isDirectory())
      skipped.push({ file, reason: undecodableNameReason.replace("file", "folder") });
    else if (accept(raw.toString("utf8")))
      skipped.push({ file, reason: undecodableNameReason });
  }
  return { valid, skipped };
}
function walk(options, excluded) {
  const files = [];
  const skipped = [];
  const rootReal = realpathSync2.native(options.root);
  const stack = [{ dir: options.root, rel: "", rules: [] }];
  const witness = options.witness ? { paths: [], stamps: [] } : void 0;
  while (stack.length > 0) {
    const frame = stack.pop();
    if (witness) {
      witness.paths.push(frame.rel);
      witness.stamps.push(stampOf(frame.dir));
    }
    let entries;
    try {
      entries = readdirSync(frame.dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: frame.rel || ".", reason: `cannot read folder: ${errorCode(error)}` });
      continue;
    }
    if (entries.some((e) => e.name.includes("\uFFFD"))) {
      const odd = undecodableEntries(frame.dir, frame.rel, options.accept);
      skipped.push(...odd.skipped);
      entries = entries.filter((e) => !e.name.includes("\uFFFD") || odd.valid.has(e.name));
    }
    const own = entries.some((e) => e.name === ".gitignore" && e.isFile()) ? readGitignore(frame.dir, frame.rel, witness) : void 0;
    const rules = own ? [...frame.rules, own] : frame.rules;
    for (const entry of entries) {
      const name = entry.name;
      const rel = frame.rel === "" ? name : `${frame.rel}/${name}`;
      const abs = `${frame.dir}${path4.sep}${name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const isLink = entry.isSymbolicLink();
      let outside = false;
      if (isLink) {
        const link = resolveLink(abs);
        if (witness) {
          witness.paths.push(linkWitness(rel));
          witness.stamps.push(linkStampOf(abs, "real" in link ? link.real : void 0));
        }
        if ("reason" in link) {
          if (options.accept(name))
            skipped.push({ file: rel, reason: link.reason });
          continue;
        }
        try {
          const target = statSync(link.real);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (options.accept(name))
            skipped.push({ file: rel, reason: `cannot stat: ${errorCode(error)}` });
          continue;
        }
        outside = !isInside(rootReal, link.real);
      }
      if (isDir) {
        if (alwaysSkipped.has(name) || isIgnored(rules, rel, true) || excluded(rel) || excluded(`${rel}/`))
          continue;
        if (isLink) {
          if (outside)
            skipped.push({ file: rel, reason: linkReasons.outsideFolder });
          continue;
        }
        stack.push({ dir: abs, rel, rules });
      } else if (isFile && options.accept(name)) {
        if (isIgnored(rules, rel, false) || excluded(rel))
          continue;
        if (outside) {
          skipped.push({ file: rel, reason: linkReasons.outsideFile });
          continue;
        }
        try {
          const known = options.stamps?.get(rel);
          if (known !== void 0) {
            const version2 = versionOfStamp(known);
            files.push({ file: toPosix(rel), abs, version: version2, ...witness ? { stamp: known } : {} });
            continue;
          }
          const st = statSync(abs);
          const version = versionOf(st);
          files.push({
            file: toPosix(rel),
            abs,
            version,
            ...witness ? { stamp: stampOfStats(st) } : {}
          });
        } catch (error) {
          skipped.push({ file: rel, reason: `cannot stat: ${errorCode(error)}` });
        }
      }
    }
  }
  return { files, skipped, ...witness ? { witness } : {} };
}

// dist/analyze/measure/warnings.js
var builtinDeprecationCategories = [
  "DeprecationWarning",
  "PendingDeprecationWarning",
  "FutureWarning"
];
function deprecationCategories(classes) {
  const known = new Set(builtinDeprecationCategories);
  const pending = [...classes].filter((c) => c.bases.length > 0);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of pending) {
      if (!known.has(c.name) && c.bases.some((b) => known.has(b))) {
        known.add(c.name);
        grew = true;
      }
    }
  }
  return known;
}
function deprecationWarningsOf(scan, categories) {
  if (!scan)
    return [];
  return scan.warnings.filter((w) => w.names.some((n) => categories.has(n))).map((w) => ({ line: w.line, message: w.message, inGetattr: w.inGetattr }));
}
function boundNames(scan) {
  return scan ? /* @__PURE__ */ new Set([...scan.moduleNames, ...scan.dunderAll]) : void 0;
}

// dist/analyze/scan/prefilter.js
import { isAscii } from "node:buffer";
var classBytes = Buffer.from("class");
function needleBytes(prefilter) {
  return prefilter.needles.map((n) => Buffer.from(n, "utf8"));
}
function isNameByte(c) {
  return c !== void 0 && (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95);
}
function namedIn(buffer, needle) {
  for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + 1)) {
    if (!isNameByte(buffer[at - 1]) && !isNameByte(buffer[at + needle.length]))
      return true;
  }
  return false;
}
var decoder = new TextDecoder("utf-8");
function filterBytes(bytes, needles) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const needle of needles)
    if (namedIn(buffer, needle))
      return void 0;
  const hasClass = buffer.indexOf(classBytes) >= 0;
  if (isAscii(buffer))
    return { hasClass };
  if (needles.some((needle) => !isAscii(needle)))
    return void 0;
  const decomposed = decoder.decode(buffer).normalize("NFKD");
  for (const needle of needles)
    if (decomposed.includes(needle.toString("latin1")))
      return void 0;
  return { hasClass: hasClass || decomposed.includes("class") };
}
function prefilterOf(pathModules) {
  const needles = /* @__PURE__ */ new Set();
  for (const m of pathModules)
    needles.add(m.slice(m.lastIndexOf(".") + 1));
  return { needles: [...needles].sort() };
}
function insidePath(module, pathModules) {
  if (module === void 0)
    return false;
  for (const p of pathModules) {
    if (module.startsWith(p) && (module.length === p.length || module.charCodeAt(p.length) === 46))
      return true;
  }
  return false;
}

// dist/languages/python/keywords.js
var K_NONE = 0;
var K_IMPORT = 1;
var K_FROM = 2;
var K_CLASS = 3;
var K_DEF = 4;
var K_ASYNC = 5;
var K_IF = 6;
var K_ELIF = 7;
var K_HEADER = 8;
var K_MATCH = 9;
var K_CASE = 10;
function statementKeyword(t, s, e) {
  const len = e - s;
  switch (t.charCodeAt(s)) {
    case 105:
      if (len === 2)
        return t.startsWith("if", s) ? K_IF : K_NONE;
      return len === 6 && t.startsWith("import", s) ? K_IMPORT : K_NONE;
    case 102:
      if (len === 4)
        return t.startsWith("from", s) ? K_FROM : K_NONE;
      return len === 3 && t.startsWith("for", s) || len === 7 && t.startsWith("finally", s) ? K_HEADER : K_NONE;
    case 99:
      if (len === 5)
        return t.startsWith("class", s) ? K_CLASS : K_NONE;
      return len === 4 && t.startsWith("case", s) ? K_CASE : K_NONE;
    case 100:
      return len === 3 && t.startsWith("def", s) ? K_DEF : K_NONE;
    case 97:
      return len === 5 && t.startsWith("async", s) ? K_ASYNC : K_NONE;
    case 101:
      if (len === 4) {
        if (t.startsWith("elif", s))
          return K_ELIF;
        return t.startsWith("else", s) ? K_HEADER : K_NONE;
      }
      return len === 6 && t.startsWith("except", s) ? K_HEADER : K_NONE;
    case 119:
      return len === 5 && t.startsWith("while", s) || len === 4 && t.startsWith("with", s) ? K_HEADER : K_NONE;
    case 116:
      return len === 3 && t.startsWith("try", s) ? K_HEADER : K_NONE;
    case 109:
      return len === 5 && t.startsWith("match", s) ? K_MATCH : K_NONE;
    default:
      return K_NONE;
  }
}
var HARD_KEYWORDS = /* @__PURE__ */ new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield"
]);
var BY_LENGTH = [];
for (const k of HARD_KEYWORDS) {
  const same = BY_LENGTH[k.length] ?? [];
  same.push(k);
  BY_LENGTH[k.length] = same;
}
function isHardKeyword(t, s, e) {
  const words = BY_LENGTH[e - s];
  if (words === void 0)
    return false;
  for (const w of words)
    if (t.startsWith(w, s))
      return true;
  return false;
}
function identifier(t, s, e) {
  const name = t.slice(s, e);
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 128)
      return name.normalize("NFKC");
  }
  return name;
}

// dist/languages/python/chars.js
var ASCII_ID = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
  ASCII_ID[c] = letter ? 1 : c >= 48 && c <= 57 ? 2 : 0;
}
var C_OTHER = 0;
var C_SPACE = 1;
var C_ID = 2;
var C_DIGIT = 3;
var C_QUOTE = 4;
var C_HASH = 5;
var C_NEWLINE = 6;
var C_OPEN = 7;
var C_CLOSE = 8;
var C_BACKSLASH = 9;
var C_SEMI = 10;
var C_COLON = 11;
var C_EQUALS = 12;
var CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const id = ASCII_ID[c];
  CLASS[c] = id === 1 ? C_ID : id === 2 ? C_DIGIT : C_OTHER;
}
for (const [chars, k] of [
  [" 	\f", C_SPACE],
  [`'"`, C_QUOTE],
  ["#", C_HASH],
  ["\n\r", C_NEWLINE],
  ["([{", C_OPEN],
  [")]}", C_CLOSE],
  ["\\", C_BACKSLASH],
  [";", C_SEMI],
  [":", C_COLON],
  ["=", C_EQUALS]
]) {
  for (let i = 0; i < chars.length; i++)
    CLASS[chars.charCodeAt(i)] = k;
}
function charClass(c) {
  return c < 128 ? CLASS[c] : C_ID;
}
function isIdStart(c) {
  return c < 128 ? ASCII_ID[c] === 1 : c >= 128;
}
function isIdPart(c) {
  return c < 128 ? ASCII_ID[c] !== 0 : c >= 128;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function afterNewline(t, p) {
  return t.charCodeAt(p) === 13 && t.charCodeAt(p + 1) === 10 ? p + 2 : p + 1;
}
function lineEnd(t, p, n) {
  while (p < n) {
    const c = t.charCodeAt(p);
    if (c === 10 || c === 13)
      return p;
    p++;
  }
  return n;
}
function isDottedName(t, s, e) {
  if (e - s < 3)
    return false;
  let dots = 0;
  let atSegmentStart = true;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i);
    const k = c < 128 ? ASCII_ID[c] : 0;
    if (k === 0) {
      if (c !== 46 || atSegmentStart)
        return false;
      dots++;
      atSegmentStart = true;
    } else if (atSegmentStart) {
      if (k !== 1)
        return false;
      atSegmentStart = false;
    }
  }
  return dots > 0 && !atSegmentStart;
}

// dist/languages/python/tokens.js
var T_END = 0;
var T_NEWLINE = 1;
var T_INDENT = 2;
var T_DEDENT = 3;
var T_NAME = 4;
var T_NUMBER = 5;
var T_STRING = 6;
var T_OPEN = 7;
var T_CLOSE = 8;
var T_OP = 9;
var OP_OTHER = 0;
var OP_STAR = 42;
var OP_PLUS = 43;
var OP_COMMA = 44;
var OP_DOT = 46;
var OP_COLON = 58;
var OP_SEMI = 59;
var OP_ASSIGN = 61;
var OP_PLUS_ASSIGN = 1043;
function numberEnd(t, p) {
  let c = t.charCodeAt(p);
  let e = p;
  const radix = c === 48 ? t.charCodeAt(p + 1) | 32 : 0;
  if (radix === 120 || radix === 111 || radix === 98) {
    e += 2;
    for (c = t.charCodeAt(e); isDigit(c) || c === 95 || (c | 32) >= 97 && (c | 32) <= 102; ) {
      c = t.charCodeAt(++e);
    }
    return e;
  }
  while (isDigit(c) || c === 95)
    c = t.charCodeAt(++e);
  if (c === 46) {
    c = t.charCodeAt(++e);
    while (isDigit(c) || c === 95)
      c = t.charCodeAt(++e);
  }
  if ((c | 32) === 101) {
    const d = t.charCodeAt(e + 1);
    const s = d === 43 || d === 45 ? 2 : 1;
    if (isDigit(t.charCodeAt(e + s))) {
      e += s;
      c = t.charCodeAt(e);
      while (isDigit(c) || c === 95)
        c = t.charCodeAt(++e);
    }
  }
  return (c | 32) === 106 ? e + 1 : e;
}
function operatorAt(t, p, c) {
  const d = t.charCodeAt(p + 1);
  let len = 1;
  let op = OP_OTHER;
  switch (c) {
    case 44:
    case 46:
    case 59:
      op = c;
      break;
    case 58:
    case 61:
      if (d === 61)
        len = 2;
      else
        op = c;
      break;
    case 43:
      if (d === 61) {
        len = 2;
        op = OP_PLUS_ASSIGN;
      } else
        op = OP_PLUS;
      break;
    case 42:
    case 47:
    case 60:
    case 62:
      if (d === c)
        len = 2;
      if (t.charCodeAt(p + len) === 61)
        len++;
      else if (len === 1 && c === 42)
        op = OP_STAR;
      break;
    case 45:
      if (d === 61 || d === 62)
        len = 2;
      break;
    default:
      if (d === 61)
        len = 2;
  }
  return op * 4 + len;
}

// dist/languages/python/imports.js
function nameToken(lx) {
  if (lx.tok !== T_NAME)
    return void 0;
  const name = identifier(lx.text, lx.start, lx.end);
  return HARD_KEYWORDS.has(name) ? void 0 : name;
}
function isWord(lx, w) {
  return lx.end - lx.start === w.length && lx.text.startsWith(w, lx.start);
}
var ImportReader = class {
  imports = [];
  src;
  lx;
  sink;
  /** Called with every name an import binds at module level. */
  bind;
  /** End of the last name read. */
  lastEnd = 0;
  constructor(src, sink, bind) {
    this.src = src;
    this.lx = src.lx;
    this.sink = sink;
    this.bind = bind;
  }
  /** `import a.b as c, d`. */
  importStatement(at) {
    const lx = this.lx;
    const start = lx.start;
    const line = this.sink.lines.lineAt(start);
    const names = [];
    let ok = true;
    do {
      this.src.next();
      const name = this.dottedName();
      const alias = name === void 0 ? void 0 : this.asName();
      if (name === void 0 || alias === null) {
        ok = false;
        break;
      }
      names.push(alias === void 0 ? { name } : { name, alias });
      const dot = name.indexOf(".");
      if (!at.nested)
        this.bind(alias ?? (dot < 0 ? name : name.slice(0, dot)));
    } while (lx.tok === T_OP && lx.op === OP_COMMA);
    this.finish(ok, at, "import", start, line, "", -1, -1, 0, names);
  }
  /** `from ..a.b import (c as d, e)`, `from . import x`, `from m import *`. */
  fromStatement(at) {
    const lx = this.lx;
    const start = lx.start;
    const line = this.sink.lines.lineAt(start);
    this.src.next();
    let level = 0;
    let moduleStart = -1;
    let moduleEnd = -1;
    while (lx.tok === T_OP && lx.op === OP_DOT) {
      if (moduleStart < 0)
        moduleStart = lx.start;
      level++;
      moduleEnd = lx.end;
      this.src.next();
    }
    let module = "";
    let ok = true;
    if (lx.tok !== T_NAME || !isWord(lx, "import")) {
      if (moduleStart < 0)
        moduleStart = lx.start;
      const name = this.dottedName();
      if (name === void 0)
        ok = false;
      else {
        module = name;
        moduleEnd = this.lastEnd;
      }
    } else if (level === 0)
      ok = false;
    const names = [];
    if (ok && lx.tok === T_NAME && isWord(lx, "import")) {
      this.src.next();
      ok = this.fromTargets(at, names);
    } else
      ok = false;
    this.finish(ok, at, "from", start, line, module, moduleStart, moduleEnd, level, names);
  }
  /** `a.b.c` (spaces and continuations allowed around the dots), or undefined if broken. */
  dottedName() {
    const lx = this.lx;
    let name = nameToken(lx);
    if (name === void 0)
      return void 0;
    this.lastEnd = lx.end;
    this.src.next();
    while (lx.tok === T_OP && lx.op === OP_DOT) {
      this.src.next();
      const part = nameToken(lx);
      if (part === void 0)
        return void 0;
      name += `.${part}`;
      this.lastEnd = lx.end;
      this.src.next();
    }
    return name;
  }
  /** An optional `as NAME`: the alias, undefined without one, null when broken. */
  asName() {
    const lx = this.lx;
    if (lx.tok !== T_NAME || !isWord(lx, "as"))
      return void 0;
    this.src.next();
    const alias = nameToken(lx);
    if (alias === void 0)
      return null;
    this.lastEnd = lx.end;
    this.src.next();
    return alias;
  }
  /** `*`, `a as b, c` or `(a as b, c,)`, after `import`. */
  fromTargets(at, names) {
    const lx = this.lx;
    if (lx.tok === T_OP && lx.op === OP_STAR) {
      names.push({ name: "*" });
      this.lastEnd = lx.end;
      this.src.next();
      return true;
    }
    const paren = lx.tok === T_OPEN && lx.op === 40;
    if (paren)
      this.src.next();
    for (; ; ) {
      const name = nameToken(lx);
      if (name === void 0)
        return false;
      this.lastEnd = lx.end;
      this.src.next();
      const alias = this.asName();
      if (alias === null)
        return false;
      names.push(alias === void 0 ? { name } : { name, alias });
      if (!at.nested)
        this.bind(alias ?? name);
      if (lx.tok !== T_OP || lx.op !== OP_COMMA)
        break;
      this.src.next();
      if (paren && lx.tok === T_CLOSE)
        break;
    }
    if (!paren)
      return true;
    if (lx.tok !== T_CLOSE || lx.op !== 41)
      return false;
    this.lastEnd = lx.end;
    this.src.next();
    return true;
  }
  finish(ok, at, kind, start, line, module, moduleStart, moduleEnd, level, names) {
    const lx = this.lx;
    if (!(ok && this.src.atTerm()) && !(lx.tok === T_NEWLINE && lx.recovered)) {
      this.sink.error(lx.start, `invalid syntax in ${kind} statement`);
    }
    if (names.length > 0) {
      const { nested, typeChecking } = at;
      const end = this.lastEnd;
      const endLine = line + this.sink.lines.breaks(start, end);
      this.imports.push({
        kind,
        line,
        start,
        end,
        module,
        moduleStart,
        moduleEnd,
        level,
        names,
        nested,
        typeChecking,
        endLine
      });
    }
  }
};

// dist/languages/python/strings.js
var S_RAW = 1;
var S_BYTES = 2;
var S_FORMAT = 4;
var S_U = 8;
var MAX_NESTING = 150;
var MAX_FIELD_BREAKS = 1e3;
function prefixFlags(t, s, e) {
  if (e - s > 2)
    return -1;
  let flags = 0;
  for (let i = s; i < e; i++) {
    const c = t.charCodeAt(i) | 32;
    let f;
    if (c === 114)
      f = S_RAW;
    else if (c === 98)
      f = S_BYTES;
    else if (c === 102 || c === 116)
      f = S_FORMAT;
    else if (c === 117)
      f = S_U;
    else
      return -1;
    if (flags & f)
      return -1;
    flags |= f;
  }
  if (flags & S_U && e - s > 1)
    return -1;
  if (flags & S_BYTES && flags & S_FORMAT)
    return -1;
  return flags & ~S_U;
}
var StringScanner = class {
  t;
  n;
  sink;
  /** Body span of the last top-level literal scanned (between the quotes). */
  bodyStart = 0;
  bodyEnd = 0;
  /** Line breaks met so far in single-quoted f-string fields of this literal. */
  breaks = 0;
  constructor(sink) {
    this.sink = sink;
    this.t = sink.text;
    this.n = sink.text.length;
  }
  /** Scans the literal whose opening quote is at `q0`, with prefix `flags`. */
  scan(q0, flags, level) {
    const t = this.t;
    const quote = t.charCodeAt(q0);
    const triple = t.charCodeAt(q0 + 1) === quote && t.charCodeAt(q0 + 2) === quote;
    const body = q0 + (triple ? 3 : 1);
    if (level === 0)
      this.breaks = 0;
    let end;
    if (flags & S_FORMAT)
      end = this.fstring(body, quote, triple, (flags & S_RAW) !== 0, level);
    else
      end = triple ? this.tripleBody(body, quote) : this.singleBody(body, quote);
    const bodyEnd = end >= 0 ? end - (triple ? 3 : 1) : -end - 1;
    if (end >= 0 && (flags & (S_FORMAT | S_BYTES)) === 0)
      this.sink.plainString(body, bodyEnd);
    if (level === 0) {
      this.bodyStart = body;
      this.bodyEnd = bodyEnd;
    }
    return end;
  }
  singleBody(p, q) {
    const t = this.t;
    const n = this.n;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === q)
        return p + 1;
      if (c === 92)
        p = this.skipEscape(p);
      else if (c === 10 || c === 13)
        return -p - 1;
      else
        p++;
    }
    return -n - 1;
  }
  /** Jumps from quote to quote: a quote is escaped when an odd run of backslashes precedes it. */
  tripleBody(p, q) {
    const t = this.t;
    const quote = q === 34 ? '"' : "'";
    for (; ; ) {
      const i = t.indexOf(quote, p);
      if (i < 0)
        return -this.n - 1;
      let b = i - 1;
      while (b >= p && t.charCodeAt(b) === 92)
        b--;
      if ((i - 1 - b) % 2 === 0 && t.charCodeAt(i + 1) === q && t.charCodeAt(i + 2) === q)
        return i + 3;
      p = i + 1;
    }
  }
  /** A backslash and the character it protects (CRLF counts as one; raw strings alike). */
  skipEscape(p) {
    const t = this.t;
    return t.charCodeAt(p + 1) === 13 && t.charCodeAt(p + 2) === 10 ? p + 3 : p + 2;
  }
  fstring(p, q, triple, raw, level) {
    const t = this.t;
    const n = this.n;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === q) {
        if (!triple)
          return p + 1;
        if (t.charCodeAt(p + 1) === q && t.charCodeAt(p + 2) === q)
          return p + 3;
        p++;
      } else if (c === 92) {
        p = this.fEscape(p, raw);
      } else if (c === 123) {
        if (t.charCodeAt(p + 1) === 123)
          p += 2;
        else {
          p = this.field(p + 1, q, triple, level + 1);
          if (p < 0)
            return p;
        }
      } else if (c === 10 || c === 13) {
        if (!triple)
          return -p - 1;
        p++;
      } else
        p++;
    }
    return -n - 1;
  }
  /** In f-string text `\{` leaves the brace active, and `\N{NAME}` is one escape. */
  fEscape(p, raw) {
    const t = this.t;
    const d = t.charCodeAt(p + 1);
    if (d === 123 || d === 125)
      return p + 1;
    if (!raw && d === 78 && t.charCodeAt(p + 2) === 123) {
      const limit = Math.min(this.n, p + 200);
      for (let i = p + 3; i < limit; i++) {
        const c = t.charCodeAt(i);
        if (c === 125)
          return i + 1;
        if (c === 10 || c === 13 || c === 34 || c === 39)
          break;
      }
    }
    return this.skipEscape(p);
  }
  /**
   * A replacement field's expression, from after `{` to after its closing `}`. As in
   * Python 3.12, it may run over line breaks and hold comments, even in a single-quoted
   * f-string. A broken one therefore scans on, but only as far as the next f-string
   * start nests it deeper, so MAX_NESTING bounds how often a line is scanned again.
   */
  field(p, q, triple, level) {
    if (level > MAX_NESTING)
      return -p - 1;
    const t = this.t;
    const n = this.n;
    let depth = 0;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 39 || c === 34) {
        p = this.scan(p, 0, level);
        if (p < 0)
          return p;
      } else if (isIdStart(c)) {
        p = this.nameOrPrefixedString(p, level);
        if (p < 0)
          return p;
      } else if (isDigit(c)) {
        p++;
        while (p < n && isIdPart(t.charCodeAt(p)))
          p++;
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        p++;
      } else if (c === 41 || c === 93) {
        if (depth > 0)
          depth--;
        p++;
      } else if (c === 125) {
        if (depth === 0)
          return p + 1;
        depth--;
        p++;
      } else if (c === 58 && depth === 0) {
        return this.spec(p + 1, q, triple, level);
      } else if (c === 35) {
        while (p < n && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13)
          p++;
      } else if ((c === 10 || c === 13) && !triple && ++this.breaks > MAX_FIELD_BREAKS) {
        return -p - 1;
      } else
        p += c === 92 ? 2 : 1;
    }
    return -n - 1;
  }
  nameOrPrefixedString(p, level) {
    const t = this.t;
    let e = p + 1;
    while (e < this.n && isIdPart(t.charCodeAt(e)))
      e++;
    const next = t.charCodeAt(e);
    if (next === 39 || next === 34) {
      const flags = prefixFlags(t, p, e);
      if (flags >= 0)
        return this.scan(e, flags, level);
    }
    return e;
  }
  /**
   * A format spec: literal text with nested fields, up to the field's closing `}`. The
   * f-string's own quote ends it (an error); a line break does not (Python 3.12 accepts one).
   */
  spec(p, q, triple, level) {
    const t = this.t;
    const n = this.n;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 125)
        return p + 1;
      if (c === 123) {
        p = this.field(p + 1, q, triple, level + 1);
        if (p < 0)
          return p;
      } else if (c === q && (!triple || t.charCodeAt(p + 1) === q && t.charCodeAt(p + 2) === q)) {
        return -p - 1;
      } else if ((c === 10 || c === 13) && !triple && ++this.breaks > MAX_FIELD_BREAKS) {
        return -p - 1;
      } else
        p += c === 92 ? 2 : 1;
    }
    return -n - 1;
  }
};

// dist/languages/python/cursor.js
var TokenCursor = class {
  tok = T_END;
  start = 0;
  end = 0;
  op = 0;
  /** For T_STRING: prefix flags and the body span between the quotes. */
  strFlags = 0;
  bodyStart = 0;
  bodyEnd = 0;
  /** The kind of the token before this one (T_OP when `skip` passed over it). */
  prevTok = T_END;
  /** Open brackets. */
  depth = 0;
  /** The last NEWLINE was made up to recover from an unclosed bracket. */
  recovered = false;
  text;
  t;
  n;
  hasCR;
  sink;
  strings;
  pragmas;
  pos = 0;
  atLineStart = true;
  /** First token on a physical line inside brackets (where recovery may restart). */
  firstOnLine = false;
  lineStartPos = 0;
  bracketChar = [];
  bracketPos = [];
  constructor(sink, start) {
    this.sink = sink;
    this.text = sink.text;
    this.t = sink.text;
    this.n = sink.text.length;
    this.hasCR = sink.lines.hasCR;
    this.strings = new StringScanner(sink);
    this.pragmas = sink.pragmas;
    this.pos = start;
    this.lineStartPos = start;
  }
  set(tok, start, end, op) {
    this.tok = tok;
    this.start = start;
    this.end = end;
    this.op = op;
  }
  /** NEWLINE token for the line break at `p` (outside brackets). */
  newline(p) {
    const q = afterNewline(this.t, p);
    this.pos = q;
    this.atLineStart = true;
    this.recovered = false;
    this.set(T_NEWLINE, p, q, 0);
  }
  /** After a backslash at `p`: past the line break it escapes, or past it with an error. */
  continuation(p) {
    const d = this.t.charCodeAt(p + 1);
    if (d === 10 || d === 13)
      return afterNewline(this.t, p + 1);
    if (p + 1 < this.n)
      this.sink.error(p, "unexpected character after line continuation character");
    return p + 1;
  }
  /**
   * The line break ending the comment at `p` (indexOf is far faster on long comment runs).
   * A pragma opens its comment (`# ssot:`): one character past the `#` and its blanks is
   * looked at before anything else.
   */
  commentEnd(p) {
    const t = this.t;
    let e;
    if (this.hasCR)
      e = lineEnd(t, p, this.n);
    else {
      e = t.indexOf("\n", p);
      if (e < 0)
        e = this.n;
    }
    let q = p + 1;
    let c = t.charCodeAt(q);
    while (c === 32 || c === 9)
      c = t.charCodeAt(++q);
    if (c === 115 && t.startsWith("ssot:", q) && q + 5 <= e)
      this.pragmas.comment(p, q, e);
    return e;
  }
  /** End of text inside a logical line: report open brackets, then owe a NEWLINE. */
  atEnd() {
    this.recovered = this.depth > 0;
    if (this.depth > 0)
      this.closeAllBrackets();
    this.atLineStart = true;
    this.set(T_NEWLINE, this.n, this.n, 0);
  }
  closeAllBrackets() {
    const i = this.depth - 1;
    const ch = String.fromCharCode(this.bracketChar[i] ?? 40);
    this.sink.error(this.bracketPos[i] ?? 0, `'${ch}' was never closed`);
    this.depth = 0;
  }
  /**
   * `import`, `def`, `class` can never stand inside brackets, nor can `from` unless after
   * `yield`: at the start of a line they mean the bracket before was never closed.
   */
  startsStatement(p, e, afterYield) {
    const t = this.t;
    const len = e - p;
    if (len === 6)
      return t.startsWith("import", p);
    if (len === 3)
      return t.startsWith("def", p);
    if (len === 5)
      return t.startsWith("class", p);
    return len === 4 && !afterYield && t.startsWith("from", p);
  }
  /** Closes the brackets as never closed and restarts at this physical line. */
  recoverAt(p) {
    this.closeAllBrackets();
    this.pos = this.lineStartPos;
    this.atLineStart = true;
    this.recovered = true;
    this.set(T_NEWLINE, p, p, 0);
  }
  string(start, q0, flags) {
    const found = this.sink.strings.length;
    const r = this.strings.scan(q0, flags, 0);
    this.strFlags = flags;
    this.bodyStart = this.strings.bodyStart;
    this.bodyEnd = this.strings.bodyEnd;
    if (r >= 0) {
      this.pos = r;
      this.set(T_STRING, start, r, 0);
      return;
    }
    this.sink.strings.length = found;
    const t = this.t;
    const triple = t.charCodeAt(q0 + 1) === t.charCodeAt(q0) && t.charCodeAt(q0 + 2) === t.charCodeAt(q0);
    let end;
    if (triple) {
      this.sink.error(start, "unterminated triple-quoted string literal");
      end = this.n;
    } else {
      this.sink.error(start, flags & S_FORMAT ? "unterminated f-string literal" : "unterminated string literal");
      end = lineEnd(t, q0, this.n);
    }
    this.bodyEnd = end;
    this.pos = end;
    this.set(T_STRING, start, end, 0);
  }
  number(p) {
    const e = numberEnd(this.t, p);
    this.pos = e;
    this.set(T_NUMBER, p, e, 0);
  }
  operator(p, c) {
    if (c === 40 || c === 91 || c === 123)
      this.open(p, c);
    else if (c === 41 || c === 93 || c === 125)
      this.close(p, c);
    else {
      const packed = operatorAt(this.t, p, c);
      this.pos = p + (packed & 3);
      this.set(T_OP, p, this.pos, packed >> 2);
    }
  }
  /**
   * Makes the `)` at `close` the current token, closing the `(` that is current: for a
   * caller that read the text between itself (it holds no bracket, string, comment or line
   * break, so nothing else of the state changes).
   */
  closeGroupAt(close) {
    this.depth--;
    this.prevTok = T_OP;
    this.pos = close + 1;
    this.set(T_CLOSE, close, close + 1, 41);
  }
  open(p, c) {
    this.bracketChar[this.depth] = c;
    this.bracketPos[this.depth] = p;
    this.depth++;
    this.pos = p + 1;
    this.set(T_OPEN, p, p + 1, c);
  }
  close(p, c) {
    if (this.depth === 0)
      this.sink.error(p, `unmatched '${String.fromCharCode(c)}'`);
    else {
      const opener = this.bracketChar[this.depth - 1] ?? 0;
      if (opener !== (c === 41 ? 40 : c - 2)) {
        const ch = String.fromCharCode(c);
        const o = String.fromCharCode(opener);
        this.sink.error(p, `closing parenthesis '${ch}' does not match opening parenthesis '${o}'`);
      }
      this.depth--;
    }
    this.pos = p + 1;
    this.set(T_CLOSE, p, p + 1, c);
  }
};

// dist/languages/python/indent.js
var TABS = "inconsistent use of tabs and spaces in indentation";
var IndentStack = class {
  cols = [0];
  alts = [0];
  sink;
  constructor(sink) {
    this.sink = sink;
  }
  /**
   * A logical line starts at column `col` (offset `p`): returns 1 for an INDENT, `-k` for
   * k DEDENTs, 0 for neither, reporting what CPython would reject.
   */
  moveTo(col, alt, p) {
    const last = this.cols.length - 1;
    const top = this.cols[last] ?? 0;
    const altTop = this.alts[last] ?? 0;
    if (col === top) {
      if (alt !== altTop)
        this.sink.error(p, TABS);
      return 0;
    }
    if (col > top) {
      if (alt <= altTop)
        this.sink.error(p, TABS);
      this.cols.push(col);
      this.alts.push(alt);
      return 1;
    }
    let k = last;
    while (k > 0 && col < (this.cols[k] ?? 0))
      k--;
    if (col !== this.cols[k]) {
      this.sink.error(p, "unindent does not match any outer indentation level");
      k++;
      this.cols[k] = col;
      this.alts[k] = alt;
    } else if (alt !== this.alts[k]) {
      this.sink.error(p, TABS);
    }
    return -this.popTo(k);
  }
  /** Closes every block (end of text): how many DEDENTs that makes. */
  closeAll() {
    return this.popTo(0);
  }
  popTo(k) {
    const count = this.cols.length - 1 - k;
    for (let i = 0; i < count; i++) {
      this.cols.pop();
      this.alts.pop();
    }
    return count;
  }
};

// dist/languages/python/lexer.js
var TAB_SIZE = 8;
function plainAssign(t, p) {
  return t.charCodeAt(p + 1) !== 61 && "=!<>:+-*/%&|^@".indexOf(t.charAt(p - 1)) < 0;
}
var SKIP_WARN = 1;
var SKIP_COLON = 2;
var SKIP_ASSIGN = 4;
var Lexer = class extends TokenCursor {
  indents;
  pendingDedents = 0;
  /** `start`: where scanning begins (1 to skip a byte order mark). */
  constructor(sink, start) {
    super(sink, start);
    this.indents = new IndentStack(sink);
  }
  next() {
    this.prevTok = this.tok;
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      this.set(T_DEDENT, this.pos, this.pos, 0);
    } else if (!this.atLineStart || !this.lineStart()) {
      this.scanToken();
    }
  }
  /** Skips blank and comment-only lines, then emits INDENT/DEDENT/END if due. */
  lineStart() {
    const t = this.t;
    const n = this.n;
    let p = this.pos;
    for (; ; ) {
      let col = 0;
      let alt = 0;
      let contCol = 0;
      let c = t.charCodeAt(p);
      for (; ; ) {
        if (c === 32) {
          col++;
          alt++;
        } else if (c === 9) {
          col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
          alt++;
        } else if (c === 12) {
          col = 0;
          alt = 0;
        } else if (c === 92 && (t.charCodeAt(p + 1) === 10 || t.charCodeAt(p + 1) === 13)) {
          if (contCol === 0)
            contCol = col;
          p = afterNewline(t, p + 1) - 1;
        } else
          break;
        c = t.charCodeAt(++p);
      }
      if (c === 35)
        p = this.commentEnd(p);
      if (p >= n)
        return this.endOfFile();
      c = t.charCodeAt(p);
      if (c === 10 || c === 13) {
        p = afterNewline(t, p);
        continue;
      }
      this.pos = p;
      this.atLineStart = false;
      if (contCol > 0)
        col = alt = contCol;
      return this.indentTo(col, alt, p);
    }
  }
  endOfFile() {
    this.pos = this.n;
    const levels = this.indents.closeAll();
    if (levels > 0) {
      this.pendingDedents = levels - 1;
      this.set(T_DEDENT, this.n, this.n, 0);
    } else
      this.set(T_END, this.n, this.n, 0);
    return true;
  }
  /** INDENT or DEDENT tokens when the line's column opens or closes blocks. */
  indentTo(col, alt, p) {
    const move = this.indents.moveTo(col, alt, p);
    if (move === 0)
      return false;
    if (move > 0)
      this.set(T_INDENT, p, p, 0);
    else {
      this.pendingDedents = -move - 1;
      this.set(T_DEDENT, p, p, 0);
    }
    return true;
  }
  scanToken() {
    const t = this.t;
    const n = this.n;
    let p = this.pos;
    let c;
    for (; ; ) {
      c = t.charCodeAt(p);
      while (c === 32 || c === 9 || c === 12)
        c = t.charCodeAt(++p);
      if (c === 35) {
        p = this.commentEnd(p);
        c = t.charCodeAt(p);
      }
      if (c === 10 || c === 13) {
        if (this.depth > 0) {
          p = afterNewline(t, p);
          this.firstOnLine = true;
          this.lineStartPos = p;
          continue;
        }
        this.newline(p);
        return;
      }
      if (c === 92) {
        p = this.continuation(p);
        continue;
      }
      break;
    }
    if (p >= n) {
      this.pos = n;
      this.atEnd();
      return;
    }
    if (isIdStart(c))
      this.nameOrString(p);
    else if (c === 39 || c === 34)
      this.string(p, p, 0);
    else if (isDigit(c) || c === 46 && isDigit(t.charCodeAt(p + 1)))
      this.number(p);
    else
      this.operator(p, c);
    this.firstOnLine = false;
  }
  /**
   * Fast-forwards over the rest of a statement without making tokens, up to the NEWLINE or
   * `;` that ends it (made the current token), or to an earlier stop the caller asks for:
   * the name `warn` (SKIP_WARN), a `:` or `lambda` outside brackets (SKIP_COLON). Strings,
   * brackets, errors and recovery work as in token by token scanning.
   */
  skip(flags) {
    const t = this.t;
    const n = this.n;
    let p = this.pos;
    let afterYield = this.tok === T_NAME && this.end - this.start === 5 && t.startsWith("yield", this.start);
    while (p < n) {
      const c = t.charCodeAt(p);
      switch (charClass(c)) {
        case C_SPACE:
          p++;
          continue;
        case C_ID: {
          let e = p + 1;
          while (e < n && isIdPart(t.charCodeAt(e)))
            e++;
          const len = e - p;
          if (len <= 2) {
            const q = t.charCodeAt(e);
            if (q === 39 || q === 34) {
              const prefix = prefixFlags(t, p, e);
              if (prefix >= 0) {
                this.string(p, e, prefix);
                p = this.pos;
                break;
              }
            }
          }
          if (this.depth > 0 && this.firstOnLine && this.startsStatement(p, e, afterYield)) {
            this.recoverAt(p);
            return;
          }
          if (flags & SKIP_WARN && len === 4 && t.startsWith("warn", p) || flags & SKIP_COLON && this.depth === 0 && len === 6 && t.startsWith("lambda", p)) {
            this.stopAt(T_NAME, p, e, 0);
            return;
          }
          this.firstOnLine = false;
          afterYield = len === 5 && t.startsWith("yield", p);
          p = e;
          continue;
        }
        case C_HASH:
          p = this.commentEnd(p);
          continue;
        case C_NEWLINE:
          if (this.depth === 0) {
            this.newline(p);
            return;
          }
          p = afterNewline(t, p);
          this.firstOnLine = true;
          this.lineStartPos = p;
          continue;
        case C_QUOTE:
          this.string(p, p, 0);
          p = this.pos;
          break;
        case C_OPEN:
          this.open(p, c);
          p++;
          break;
        case C_CLOSE:
          this.close(p, c);
          p++;
          break;
        case C_DIGIT:
          p++;
          while (p < n && isIdPart(t.charCodeAt(p)))
            p++;
          break;
        case C_BACKSLASH:
          p = this.continuation(p);
          break;
        case C_SEMI:
          if (this.depth === 0) {
            this.stopAt(T_OP, p, p + 1, OP_SEMI);
            return;
          }
          p++;
          break;
        case C_COLON:
          if (flags & SKIP_COLON && this.depth === 0 && t.charCodeAt(p + 1) !== 61) {
            this.stopAt(T_OP, p, p + 1, OP_COLON);
            return;
          }
          p++;
          break;
        case C_EQUALS:
          if (flags & SKIP_ASSIGN && this.depth === 0 && plainAssign(t, p)) {
            this.stopAt(T_OP, p, p + 1, OP_ASSIGN);
            return;
          }
          p++;
          break;
        default:
          p++;
      }
      afterYield = false;
      this.firstOnLine = false;
    }
    this.pos = n;
    this.atEnd();
  }
  /** Makes the token `skip` stopped at current (what came before it is unknown). */
  stopAt(tok, start, end, op) {
    this.prevTok = T_OP;
    this.pos = end;
    this.firstOnLine = false;
    this.set(tok, start, end, op);
  }
  nameOrString(p) {
    const t = this.t;
    const n = this.n;
    let e = p + 1;
    while (e < n && isIdPart(t.charCodeAt(e)))
      e++;
    const next = t.charCodeAt(e);
    if ((next === 39 || next === 34) && e - p <= 2) {
      const flags = prefixFlags(t, p, e);
      if (flags >= 0) {
        this.string(p, e, flags);
        return;
      }
    }
    const afterYield = this.tok === T_NAME && this.end - this.start === 5 && t.startsWith("yield", this.start);
    if (this.depth > 0 && this.firstOnLine && this.startsStatement(p, e, afterYield)) {
      this.recoverAt(p);
      return;
    }
    this.pos = e;
    this.set(T_NAME, p, e, 0);
  }
};

// dist/languages/python/module-level.js
function isWord2(lx, t, w) {
  return lx.end - lx.start === w.length && t.startsWith(w, lx.start);
}
function closesParen(lx) {
  return lx.tok === T_CLOSE && lx.op === 41;
}
function isPlainString(lx) {
  return lx.tok === T_STRING && (lx.strFlags & (S_FORMAT | S_BYTES)) === 0;
}
function readAllValue(src, add, afterName = false) {
  readSum(src, add, levelOf(src.lx), afterName);
}
function levelOf(lx) {
  return lx.tok === T_OPEN ? lx.depth - 1 : lx.depth;
}
function readAllMethod(src, add) {
  const lx = src.lx;
  const t = lx.text;
  src.next();
  if (lx.tok !== T_NAME)
    return;
  const extend = isWord2(lx, t, "extend");
  if (!extend && !isWord2(lx, t, "append"))
    return;
  src.next();
  if (lx.tok !== T_OPEN || lx.op !== 40)
    return;
  src.next();
  if (extend)
    readTerm(src, add, levelOf(lx));
  else if (isPlainString(lx))
    add(t.slice(lx.bodyStart, lx.bodyEnd));
}
function readSum(src, add, depth, afterName = false) {
  const lx = src.lx;
  for (let first = true; ; first = false) {
    if (!(first && afterName))
      readTerm(src, add, depth);
    while (!endOfGroup(src, depth) && !(lx.tok === T_OP && lx.op === OP_PLUS && lx.depth === depth)) {
      src.next();
    }
    if (endOfGroup(src, depth))
      return;
    src.next();
  }
}
function endOfGroup(src, depth) {
  return src.atTerm() || src.lx.tok === T_CLOSE && src.lx.depth < depth;
}
function readTerm(src, add, depth) {
  const lx = src.lx;
  if (lx.tok === T_OPEN && lx.op === 91) {
    src.next();
    readStrings(src, add, lx.depth, false);
  } else if (lx.tok === T_OPEN && lx.op === 40) {
    src.next();
    if (isPlainString(lx) || closesParen(lx))
      readStrings(src, add, lx.depth, true);
    else {
      readSum(src, add, levelOf(lx));
      if (lx.tok === T_CLOSE)
        src.next();
    }
  } else if (depth === 0 && isPlainString(lx)) {
    readStrings(src, add, 0, true);
  }
}
function readStrings(src, add, inner, tuple) {
  const lx = src.lx;
  const names = [];
  let pending;
  let valid = true;
  let commas = 0;
  for (; ; ) {
    if (inner > 0 && lx.tok === T_CLOSE && lx.depth === inner - 1) {
      src.next();
      break;
    }
    if (inner === 0 && src.atTerm())
      break;
    if (lx.tok === T_NEWLINE || lx.tok === T_END)
      return;
    if (lx.depth !== inner)
      valid = false;
    else if (isPlainString(lx))
      pending = (pending ?? "") + lx.text.slice(lx.bodyStart, lx.bodyEnd);
    else if (lx.tok === T_OP && lx.op === OP_COMMA && pending !== void 0) {
      names.push(pending);
      pending = void 0;
      commas++;
    } else
      valid = false;
    src.next();
  }
  if (pending !== void 0)
    names.push(pending);
  if (valid && (!tuple || commas > 0 || names.length === 0))
    for (const name of names)
      add(name);
}

// dist/languages/python/bindings.js
var ModuleBindings = class {
  names = /* @__PURE__ */ new Set();
  all = /* @__PURE__ */ new Set();
  defined = /* @__PURE__ */ new Set();
  src;
  /** A name an import binds. */
  bind = (name) => {
    this.names.add(name);
  };
  addAll = (name) => {
    this.all.add(name);
    this.names.add(name);
  };
  constructor(src) {
    this.src = src;
  }
  /** A def or class name, or an assignment target. */
  define(name) {
    this.names.add(name);
    this.defined.add(name);
  }
  /**
   * A module-level statement that starts with the plain name text[s, e) (current token:
   * the one after it): `NAME =`, `NAME: T = v`, `__all__ +=`, `__all__.extend(…)`, or
   * another statement, which may still assign (`a, b = C = v`).
   */
  afterFirstName(s, e) {
    const lx = this.src.lx;
    const t = lx.text;
    const isAll = e - s === 7 && t.startsWith("__all__", s);
    if (lx.tok !== T_OP)
      this.laterTargets();
    else if (lx.op === OP_ASSIGN) {
      this.define(identifier(t, s, e));
      this.src.next();
      this.chainedTargets(isAll);
    } else if (lx.op === OP_COLON) {
      if (this.annotatedValue()) {
        this.define(identifier(t, s, e));
        if (isAll)
          readAllValue(this.src, this.addAll);
      }
    } else if (isAll && lx.op === OP_PLUS_ASSIGN) {
      this.src.next();
      readAllValue(this.src, this.addAll);
    } else if (isAll && lx.op === OP_DOT) {
      readAllMethod(this.src, this.addAll);
    } else
      this.laterTargets();
  }
  /** A module-level statement starting with another token than a name: `(NAME) = v`, `*a, b = C = v`. */
  otherStatement() {
    const lx = this.src.lx;
    const name = lx.tok === T_OPEN ? this.groupedName() : void 0;
    if (name === void 0 || !isAssign(this.src)) {
      this.laterTargets();
      return;
    }
    this.define(name);
    this.src.next();
    this.chainedTargets(name === "__all__");
  }
  /** Past a first target that is no plain name (`a, b =`, `x.y =`): the targets after it. */
  laterTargets() {
    const src = this.src;
    while (!src.atTerm() && !isAssign(src))
      src.advance(SKIP_ASSIGN);
    if (src.atTerm())
      return;
    src.next();
    this.chainedTargets(false);
  }
  /**
   * `A = B.c = D = value`: after the first `=`, every further `NAME =` is a target too,
   * other targets are passed over; `__all__` among them has its value read.
   */
  chainedTargets(isAll) {
    const src = this.src;
    const lx = src.lx;
    let all = isAll;
    for (; ; ) {
      if (all && lx.tok !== T_NAME) {
        readAllValue(src, this.addAll);
        return;
      }
      const name = all ? this.plainName() : this.groupedName();
      if (name !== void 0 && isAssign(src)) {
        this.define(name);
        all ||= name === "__all__";
        src.next();
        continue;
      }
      if (all) {
        readAllValue(src, this.addAll, true);
        return;
      }
      while (!src.atTerm() && !isAssign(src))
        src.advance(SKIP_ASSIGN);
      if (src.atTerm())
        return;
      src.next();
    }
  }
  /** The current NAME token (an identifier, or undefined for a keyword), passed. */
  plainName() {
    const name = nameToken(this.src.lx);
    this.src.next();
    return name;
  }
  /** `NAME` in grouping parentheses or none: the name, at the token after it, or undefined. */
  groupedName() {
    const src = this.src;
    const lx = src.lx;
    let opens = 0;
    while (lx.tok === T_OPEN && lx.op === 40) {
      opens++;
      src.next();
    }
    const name = nameToken(lx);
    if (name === void 0)
      return void 0;
    src.next();
    while (opens > 0 && lx.tok === T_CLOSE && lx.op === 41) {
      opens--;
      src.next();
    }
    return opens === 0 ? name : void 0;
  }
  /** `NAME: annotation = value` (current token `:`): true, at the value, when it has one. */
  annotatedValue() {
    const src = this.src;
    const lx = src.lx;
    src.next();
    while (!src.atTerm()) {
      const assign = lx.tok === T_OP && lx.op === OP_ASSIGN && lx.depth === 0;
      src.next();
      if (assign)
        return true;
    }
    return false;
  }
};
function isAssign(src) {
  const lx = src.lx;
  return lx.tok === T_OP && lx.op === OP_ASSIGN && lx.depth === 0;
}

// dist/languages/python/class-bases.js
function atIdentifier(lx) {
  return lx.tok === T_NAME && !isHardKeyword(lx.text, lx.start, lx.end);
}
function readBases(src) {
  const lx = src.lx;
  if (lx.tok === T_OPEN && lx.op === 91)
    skipBrackets(src);
  if (lx.tok !== T_OPEN || lx.op !== 40)
    return [];
  const bases = [];
  const close = plainBases(lx.text, lx.end, bases);
  if (close >= 0) {
    lx.closeGroupAt(close);
    src.next();
    return bases;
  }
  bases.length = 0;
  const inner = lx.depth;
  src.next();
  for (; ; ) {
    const base = dottedArgument(src, inner);
    if (base !== void 0)
      bases.push(base);
    while (!argumentEnd(src, inner))
      src.next();
    if (lx.tok === T_OP && lx.op === OP_COMMA && lx.depth === inner)
      src.next();
    else {
      if (lx.tok === T_CLOSE)
        src.next();
      return bases;
    }
  }
}
function plainBases(t, p, bases) {
  let i = p;
  for (; ; ) {
    while (t.charCodeAt(i) === 32)
      i++;
    if (t.charCodeAt(i) === 41)
      return i;
    let start = i;
    let end = nameEnd(t, i);
    if (end < 0)
      return -1;
    i = end;
    for (; ; ) {
      while (t.charCodeAt(i) === 32)
        i++;
      if (t.charCodeAt(i) !== 46)
        break;
      i++;
      while (t.charCodeAt(i) === 32)
        i++;
      start = i;
      end = nameEnd(t, i);
      if (end < 0)
        return -1;
      i = end;
    }
    bases.push(t.slice(start, end));
    const c = t.charCodeAt(i);
    if (c === 41)
      return i;
    if (c !== 44)
      return -1;
    i++;
  }
}
function nameEnd(t, i) {
  let e = i;
  const c = t.charCodeAt(e);
  if (!(c < 128 && isIdStart(c)))
    return -1;
  do
    e++;
  while (t.charCodeAt(e) < 128 && isIdPart(t.charCodeAt(e)));
  return isHardKeyword(t, i, e) ? -1 : e;
}
function argumentEnd(src, inner) {
  const lx = src.lx;
  if (lx.tok === T_NEWLINE || lx.tok === T_END)
    return true;
  if (lx.tok === T_CLOSE)
    return lx.depth < inner;
  return lx.tok === T_OP && lx.op === OP_COMMA && lx.depth === inner;
}
function dottedArgument(src, inner) {
  const lx = src.lx;
  let opens = 0;
  while (lx.tok === T_OPEN && lx.op === 40) {
    opens++;
    src.next();
  }
  if (!atIdentifier(lx))
    return void 0;
  let start = lx.start;
  let end = lx.end;
  src.next();
  for (; ; ) {
    if (lx.tok === T_OP && lx.op === OP_DOT) {
      src.next();
      if (!atIdentifier(lx))
        return void 0;
      start = lx.start;
      end = lx.end;
      src.next();
    } else if (opens > 0 && lx.tok === T_CLOSE && lx.op === 41) {
      opens--;
      src.next();
    } else
      break;
  }
  const ends = opens === 0 && argumentEnd(src, inner) && lx.tok !== T_NEWLINE && lx.tok !== T_END;
  return ends ? identifier(lx.text, start, end) : void 0;
}
function skipBrackets(src) {
  const lx = src.lx;
  const outer = lx.depth - 1;
  src.next();
  while (!(lx.tok === T_CLOSE && lx.depth === outer) && lx.tok !== T_NEWLINE && lx.tok !== T_END)
    src.next();
  if (lx.tok === T_CLOSE)
    src.next();
}

// dist/languages/python/getattr-targets.js
var NONE = 0;
var AFTER_GETATTR = 1;
var AFTER_OPEN = 2;
var AFTER_TARGET = 3;
var AFTER_COMMA = 4;
var GetattrTracker = class {
  targets = [];
  lx;
  state = NONE;
  target = "";
  afterDot = false;
  constructor(lx) {
    this.lx = lx;
  }
  /** Forgets a `getattr` just seen (it was a def or class name). */
  reset() {
    this.state = NONE;
  }
  feed() {
    const lx = this.lx;
    const tok = lx.tok;
    const afterDot = this.afterDot;
    this.afterDot = tok === T_OP && lx.op === OP_DOT;
    const open = tok === T_OPEN && lx.op === 40;
    const state = this.state;
    this.state = NONE;
    if (state === AFTER_GETATTR || state === AFTER_TARGET && this.target === "getattr") {
      if (open)
        this.state = AFTER_OPEN;
    } else if (state === AFTER_OPEN) {
      const name = nameToken(lx);
      if (name !== void 0) {
        this.target = name;
        this.state = AFTER_TARGET;
      }
    }
    if (state === AFTER_TARGET && tok === T_OP && lx.op === OP_COMMA)
      this.state = AFTER_COMMA;
    else if (state === AFTER_COMMA && tok !== T_CLOSE && !this.targets.includes(this.target))
      this.targets.push(this.target);
    const len = lx.end - lx.start;
    if (this.state === NONE && tok === T_NAME && !afterDot && len === 7 && lx.text.startsWith("getattr", lx.start))
      this.state = AFTER_GETATTR;
  }
};

// dist/languages/python/pragmas.js
function isBlank(c) {
  return c === 32 || c === 9;
}
function isWordChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
}
var EDGE_BLANKS = /^[ \t\f\v]+|[ \t\f\v]+$/g;
var PragmaFinder = class {
  pragmas = [];
  t;
  lines;
  /** Start of the last comment read, so a comment scanned twice counts once. */
  last = -1;
  constructor(text, lines) {
    this.t = text;
    this.lines = lines;
  }
  /** The comment text[p, e), whose `ssot:` starts at `q`. */
  comment(p, q, e) {
    const t = this.t;
    let i = q + 5;
    while (i < e && isBlank(t.charCodeAt(i)))
      i++;
    if (p <= this.last || !t.startsWith("allow", i) || i + 5 > e)
      return;
    if (i + 5 < e && isWordChar(t.charCodeAt(i + 5)))
      return;
    this.last = p;
    const rest = t.slice(i + 5, e);
    const dashes = rest.indexOf("--");
    const reason = dashes < 0 ? "" : rest.slice(dashes + 2).replace(EDGE_BLANKS, "");
    this.pragmas.push({ line: this.lines.lineAt(p), reason });
  }
};

// dist/languages/python/sink.js
var ScanSink = class {
  text;
  lines;
  strings = [];
  pragmas;
  errorOffsets = [];
  errorMessages = [];
  constructor(text) {
    this.text = text;
    this.lines = new LineMap(text);
    this.pragmas = new PragmaFinder(text, this.lines);
  }
  /** The body text[s, e) of a plain (not f-, t- or bytes) string literal. */
  plainString(s, e) {
    if (isDottedName(this.text, s, e)) {
      this.strings.push({
        value: this.text.slice(s, e),
        line: this.lines.lineAt(s),
        start: s,
        end: e
      });
    }
  }
  error(offset, message) {
    this.errorOffsets.push(offset);
    this.errorMessages.push(message);
  }
  /** Errors in source order, each once per (line, message). */
  errors() {
    const order = this.errorOffsets.map((_, i) => i);
    order.sort((a, b) => (this.errorOffsets[a] ?? 0) - (this.errorOffsets[b] ?? 0) || a - b);
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const i of order) {
      const line = this.lines.lineAt(this.errorOffsets[i] ?? 0);
      const message = this.errorMessages[i] ?? "";
      const key = `${line}\0${message}`;
      if (seen.has(key))
        continue;
      seen.add(key);
      out.push({ line, message });
    }
    return out;
  }
};

// dist/languages/python/warn-calls.js
function isSpace(c) {
  return c === 32 || c === 9 || c === 12 || c === 92;
}
var PLAIN = 0;
var ON_WARNINGS = 1;
var OTHER = 2;
var WarnTracker = class {
  calls = [];
  lx;
  sink;
  t;
  /** Names of the `warnings` module: itself and `import warnings as W` aliases. */
  modules = ["warnings"];
  /** `from warnings import warn as w` aliases. */
  functions = [];
  /** The current token follows a callable `warn`. */
  afterWarn = false;
  nameStart = 0;
  active = false;
  inGetattr = false;
  callDepth = 0;
  /** Deepest bracket level reached through grouping parentheses only. */
  textDepth = 0;
  message = "";
  names = [];
  /** A name seen last, kept until the next token says whether it counts. */
  pending = "";
  /** The last token was a keyword other than None/True/False (a `(` after it groups). */
  afterKeyword = false;
  afterDot = false;
  constructor(lx, sink) {
    this.lx = lx;
    this.sink = sink;
    this.t = sink.text;
  }
  /** `import warnings as name` at module level. */
  moduleAlias(name) {
    if (!this.modules.includes(name))
      this.modules.push(name);
  }
  /** `from warnings import warn as name` at module level. */
  functionAlias(name) {
    if (name !== "warn" && !this.functions.includes(name))
      this.functions.push(name);
  }
  /**
   * The caller must feed every token, not skip: inside a candidate call, and in a file
   * with an alias of `warn` (rare: the lexer's skipping stops at `warn` only).
   */
  busy() {
    return this.active || this.afterWarn || this.functions.length > 0;
  }
  /** Sees the first token of a statement, which may have been read under another context. */
  restart(inGetattr) {
    if (this.active)
      return;
    this.afterWarn = false;
    this.feed(inGetattr);
  }
  /** Forgets a `warn` just seen (it was a def or class name). */
  reset() {
    this.afterWarn = false;
  }
  /** Sees the lexer's current token (module-level code, or a `__getattr__` body). */
  feed(inGetattr) {
    if (this.active) {
      this.inCall();
      return;
    }
    const lx = this.lx;
    if (this.afterWarn) {
      this.afterWarn = false;
      if (lx.tok === T_OPEN && lx.op === 40)
        this.begin(inGetattr);
    } else if (lx.tok === T_NAME && (lx.end - lx.start === 4 || this.functions.length > 0) && this.isCallee(lx.start, lx.end)) {
      this.afterWarn = true;
      this.nameStart = lx.start;
    }
  }
  isCallee(s, e) {
    if (e - s === 4 && this.t.startsWith("warn", s))
      return this.calledAs(s) !== OTHER;
    if (this.functions.length === 0)
      return false;
    return this.functions.includes(identifier(this.t, s, e)) && this.calledAs(s) === PLAIN;
  }
  /**
   * How the name at `s` is called, looking back in the text (the tokens before it may have
   * been skipped, not made).
   */
  calledAs(s) {
    const t = this.t;
    let i = this.codeBefore(s - 1);
    if (t.charCodeAt(i) !== 46)
      return PLAIN;
    i = this.codeBefore(i - 1);
    const end = i + 1;
    while (i >= 0 && isIdPart(t.charCodeAt(i)))
      i--;
    const start = i + 1;
    if (start === end || t.charCodeAt(this.codeBefore(i)) === 46)
      return OTHER;
    return this.modules.includes(identifier(t, start, end)) ? ON_WARNINGS : OTHER;
  }
  /**
   * The offset of the last code character at or before `i`, past spaces and the line
   * breaks an expression may span (inside brackets, after a backslash), with the comments
   * ending those lines. Outside brackets a line break ends the look.
   */
  codeBefore(i) {
    const t = this.t;
    let crossed = false;
    for (; ; ) {
      const c = t.charCodeAt(i);
      if (isSpace(c))
        i--;
      else if (c === 10 || c === 13) {
        let j = i - 1;
        if (c === 10 && t.charCodeAt(j) === 13)
          j--;
        if (t.charCodeAt(j) !== 92 && this.lx.depth === 0)
          return i;
        i = j;
        crossed = true;
      } else if (crossed) {
        crossed = false;
        const hash = this.commentStart(i);
        if (hash < 0)
          return i;
        i = hash - 1;
      } else
        return i;
    }
  }
  /** The first `#` on the line of `i`, if it comes before `i` (else -1). */
  commentStart(i) {
    const t = this.t;
    let k = i;
    while (k > 0 && t.charCodeAt(k - 1) !== 10 && t.charCodeAt(k - 1) !== 13)
      k--;
    const hash = t.indexOf("#", k);
    return hash >= 0 && hash < i ? hash : -1;
  }
  begin(inGetattr) {
    this.active = true;
    this.inGetattr = inGetattr;
    this.callDepth = this.lx.depth;
    this.textDepth = this.lx.depth;
    this.message = "";
    this.names = [];
    this.pending = "";
    this.afterKeyword = false;
    this.afterDot = false;
  }
  inCall() {
    const lx = this.lx;
    const tok = lx.tok;
    if (this.pending !== "") {
      if (!(tok === T_OP && (lx.op === OP_DOT || lx.op === OP_ASSIGN)))
        this.addName(this.pending);
      this.pending = "";
    }
    const afterKeyword = this.afterKeyword;
    const afterDot = this.afterDot;
    this.afterKeyword = false;
    this.afterDot = tok === T_OP && lx.op === OP_DOT;
    if (tok === T_CLOSE) {
      if (lx.depth < this.callDepth)
        this.finish();
      else if (lx.depth < this.textDepth)
        this.textDepth = lx.depth;
    } else if (tok === T_OPEN) {
      if (lx.op === 40 && lx.depth - 1 === this.textDepth && this.groups(afterKeyword, afterDot))
        this.textDepth = lx.depth;
    } else if (tok === T_NAME) {
      const name = identifier(this.t, lx.start, lx.end);
      if (!HARD_KEYWORDS.has(name))
        this.pending = name;
      else
        this.afterKeyword = name !== "None" && name !== "True" && name !== "False";
    } else if (tok === T_STRING) {
      if (lx.depth <= this.textDepth && (lx.strFlags & S_BYTES) === 0) {
        this.message += this.t.slice(lx.bodyStart, lx.bodyEnd);
      }
    } else if (tok === T_NEWLINE || tok === T_END) {
      this.finish();
    }
  }
  /** A `(` groups unless it calls what precedes it (a name, bracket, literal or `...`). */
  groups(afterKeyword, afterDot) {
    const prev = this.lx.prevTok;
    if (prev === T_NAME)
      return afterKeyword;
    return prev !== T_CLOSE && prev !== T_STRING && prev !== T_NUMBER && !afterDot;
  }
  addName(name) {
    if (!this.names.includes(name))
      this.names.push(name);
  }
  finish() {
    this.active = false;
    this.calls.push({
      line: this.sink.lines.lineAt(this.nameStart),
      message: this.message,
      names: this.names,
      inGetattr: this.inGetattr
    });
  }
};

// dist/languages/python/scanner.js
var NESTED = 1;
var TYPE_CHECKING = 2;
var MATCH_BODY = 4;
var GETATTR = 8;
var CLASS2 = 0;
var DEF = 1;
var ASYNC_DEF = 2;
var decoder2 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
function decodePython(bytes) {
  return decoder2.decode(bytes);
}
function scanPython(text) {
  const sink = new ScanSink(text);
  const parser = new Parser(sink);
  parser.run();
  return {
    imports: parser.importReader.imports,
    strings: sink.strings,
    classes: parser.classes,
    warnings: parser.warn.calls,
    moduleNames: [...parser.bindings.names],
    dunderAll: [...parser.bindings.all],
    definedNames: [...parser.bindings.defined],
    getattrTargets: parser.getattrs.targets,
    pragmas: sink.pragmas.pragmas,
    errors: sink.errors()
  };
}
var Parser = class {
  lx;
  warn;
  getattrs;
  importReader;
  classes = [];
  bindings;
  t;
  sink;
  /** Context of each open indented block. */
  blocks = [0];
  /** Context of the body a header line announced, until its INDENT arrives. */
  pendingBody = -1;
  /** Context of the statement being scanned. */
  ctx = 0;
  constructor(sink) {
    this.sink = sink;
    this.t = sink.text;
    this.lx = new Lexer(sink, sink.text.charCodeAt(0) === 65279 ? 1 : 0);
    this.warn = new WarnTracker(this.lx, sink);
    this.getattrs = new GetattrTracker(this.lx);
    this.bindings = new ModuleBindings(this);
    this.importReader = new ImportReader(this, sink, this.bindings.bind);
  }
  next() {
    this.lx.next();
    const ctx = this.ctx;
    if ((ctx & NESTED) === 0)
      this.warn.feed(false);
    else if (ctx & GETATTR) {
      this.warn.feed(true);
      this.getattrs.feed();
    }
  }
  atTerm() {
    const lx = this.lx;
    const tok = lx.tok;
    return tok === T_NEWLINE || tok === T_END || tok === T_OP && lx.op === OP_SEMI && lx.depth === 0;
  }
  /** Moves on within a statement: skipping, but token by token through a `warn(…)` call. */
  advance(stops) {
    if (this.ctx & NESTED) {
      if (this.ctx & GETATTR)
        this.next();
      else
        this.lx.skip(stops);
    } else if (this.warn.busy())
      this.next();
    else {
      this.lx.skip(stops | SKIP_WARN);
      this.warn.feed(false);
    }
  }
  skipRest() {
    while (!this.atTerm())
      this.advance(0);
  }
  isWord(w) {
    const lx = this.lx;
    return lx.end - lx.start === w.length && this.t.startsWith(w, lx.start);
  }
  top() {
    return this.blocks[this.blocks.length - 1] ?? 0;
  }
  run() {
    const lx = this.lx;
    this.next();
    for (; ; ) {
      const tok = lx.tok;
      if (tok === T_INDENT) {
        if (this.pendingBody < 0)
          this.sink.error(lx.start, "unexpected indent");
        this.blocks.push(this.pendingBody < 0 ? this.top() : this.pendingBody);
        this.pendingBody = -1;
        this.ctx = this.top();
        this.next();
        continue;
      }
      if (this.pendingBody >= 0) {
        this.sink.error(lx.start, "expected an indented block");
        this.pendingBody = -1;
      }
      if (tok === T_END)
        return;
      if (tok === T_DEDENT) {
        if (this.blocks.length > 1)
          this.blocks.pop();
        this.ctx = this.top();
        this.next();
      } else if (tok === T_NEWLINE)
        this.next();
      else
        this.logicalLine();
    }
  }
  /** Statements up to the NEWLINE: `a; b`, and `header: a; b` one-line bodies. */
  logicalLine() {
    const lx = this.lx;
    let ctx = this.top();
    for (; ; ) {
      this.ctx = ctx;
      const body = this.statement(ctx);
      if (body >= 0) {
        if (lx.tok !== T_NEWLINE) {
          ctx = body;
          continue;
        }
        this.pendingBody = body;
      } else if (lx.tok === T_OP && lx.op === OP_SEMI) {
        this.next();
        if (lx.tok !== T_NEWLINE && lx.tok !== T_END)
          continue;
      }
      if (lx.tok === T_NEWLINE)
        this.next();
      return;
    }
  }
  /**
   * One statement from its first token. Returns the body context after a compound
   * statement header's `:` (current token: what follows it), else -1 with the current
   * token at the statement's end.
   */
  statement(ctx) {
    const lx = this.lx;
    if ((ctx & NESTED) === 0)
      this.warn.restart(false);
    else if (ctx & GETATTR)
      this.warn.restart(true);
    if (lx.tok !== T_NAME) {
      if ((ctx & NESTED) === 0)
        this.bindings.otherStatement();
      this.skipRest();
      return -1;
    }
    const s = lx.start;
    const e = lx.end;
    const body = ctx & ~MATCH_BODY;
    const keyword = statementKeyword(this.t, s, e);
    switch (keyword) {
      case K_IMPORT:
      case K_FROM:
        this.importStatement(ctx, keyword === K_IMPORT);
        return -1;
      case K_CLASS:
        return this.classOrDef(ctx, CLASS2);
      case K_DEF:
        return this.classOrDef(ctx, DEF);
      case K_ASYNC:
        this.next();
        return this.isWord("def") ? this.classOrDef(ctx, ASYNC_DEF) : this.header(body);
      case K_IF:
      case K_ELIF:
        this.next();
        return this.header(this.typeCheckingTest() ? body | TYPE_CHECKING : body);
      case K_HEADER:
        this.next();
        return this.header(body);
      case K_MATCH:
        return this.matchStatement(ctx);
      case K_CASE:
        if (ctx & MATCH_BODY) {
          this.next();
          return this.header(body);
        }
    }
    this.next();
    this.afterFirstName(ctx, s, e);
    return -1;
  }
  /** An import statement; a module-level one may bind an alias of `warnings` or `warn`. */
  importStatement(ctx, plain) {
    const reader = this.importReader;
    const found = reader.imports.length;
    const at = {
      nested: (ctx & NESTED) !== 0,
      typeChecking: (ctx & TYPE_CHECKING) !== 0
    };
    if (plain)
      reader.importStatement(at);
    else
      reader.fromStatement(at);
    const stmt = reader.imports[found];
    if (stmt && !at.nested) {
      for (const n of stmt.names) {
        if (n.alias === void 0)
          continue;
        if (plain && n.name === "warnings")
          this.warn.moduleAlias(n.alias);
        else if (!plain && stmt.level === 0 && stmt.module === "warnings" && n.name === "warn")
          this.warn.functionAlias(n.alias);
      }
    }
    this.skipRest();
  }
  /** Skips a compound statement header to its `:` (a lambda's `:` does not count). */
  header(body) {
    const lx = this.lx;
    let lambdas = 0;
    while (!this.atTerm()) {
      if (lx.tok === T_OP && lx.op === OP_COLON && lx.depth === 0) {
        if (lambdas === 0) {
          this.ctx = body;
          this.next();
          return body;
        }
        lambdas--;
      } else if (lx.tok === T_NAME && lx.depth === 0 && this.isWord("lambda"))
        lambdas++;
      this.advance(SKIP_COLON);
    }
    if (!(lx.tok === T_NEWLINE && lx.recovered))
      this.sink.error(lx.start, "expected ':'");
    return -1;
  }
  /** After `if`/`elif`: is the test exactly `TYPE_CHECKING` or `typing.TYPE_CHECKING`? */
  typeCheckingTest() {
    const lx = this.lx;
    if (lx.tok !== T_NAME)
      return false;
    if (!this.isWord("TYPE_CHECKING")) {
      if (!this.isWord("typing") && !this.isWord("typing_extensions"))
        return false;
      this.next();
      if (lx.tok !== T_OP || lx.op !== OP_DOT)
        return false;
      this.next();
      if (lx.tok !== T_NAME || !this.isWord("TYPE_CHECKING"))
        return false;
    }
    this.next();
    return lx.tok === T_OP && lx.op === OP_COLON && lx.depth === 0;
  }
  classOrDef(ctx, kind) {
    const lx = this.lx;
    const start = lx.start;
    this.next();
    const name = nameToken(lx);
    let body = (ctx | NESTED) & ~MATCH_BODY;
    if (name !== void 0) {
      this.warn.reset();
      this.getattrs.reset();
      const nested = (ctx & NESTED) !== 0;
      const line = kind === CLASS2 ? this.sink.lines.lineAt(start) : 0;
      if (!nested) {
        this.bindings.define(name);
        if (kind === DEF && name === "__getattr__")
          body |= GETATTR;
      }
      this.next();
      if (kind === CLASS2)
        this.classes.push({ name, line, start, nested, bases: readBases(this) });
    }
    return this.header(body);
  }
  /**
   * `match` is a soft keyword: a match statement when a subject follows and its header
   * ends with `:` right before the line end (a match statement has no one-line form).
   */
  matchStatement(ctx) {
    const lx = this.lx;
    const s = lx.start;
    const e = lx.end;
    this.next();
    const op = lx.tok === T_OP ? lx.op : -1;
    const attribute = op === OP_DOT && !this.t.startsWith("...", lx.start);
    if (lx.tok === T_NEWLINE || op === OP_ASSIGN || op === OP_COLON || attribute) {
      this.afterFirstName(ctx, s, e);
      return -1;
    }
    let lambdas = 0;
    while (!this.atTerm()) {
      if (lx.tok === T_OP && lx.op === OP_COLON && lx.depth === 0) {
        if (lambdas === 0) {
          this.next();
          if (lx.tok === T_NEWLINE)
            return ctx & ~MATCH_BODY | MATCH_BODY;
          continue;
        }
        lambdas--;
      } else if (lx.tok === T_NAME && lx.depth === 0 && this.isWord("lambda"))
        lambdas++;
      this.advance(SKIP_COLON);
    }
    return -1;
  }
  /** A statement starting with a plain name: module-level bindings and `__all__`. */
  afterFirstName(ctx, s, e) {
    if ((ctx & NESTED) === 0)
      this.bindings.afterFirstName(s, e);
    this.skipRest();
  }
};

// dist/languages/python/scan-bytes.js
function looksBinary(bytes) {
  return bytes.subarray(0, 8192).indexOf(0) >= 0;
}
function scanBytes(bytes) {
  return looksBinary(bytes) ? void 0 : scanPython(decodePython(bytes));
}

// dist/analyze/scan/lazy-scan.js
var empty = () => ({
  imports: [],
  strings: [],
  classes: [],
  warnings: [],
  moduleNames: [],
  dunderAll: [],
  definedNames: [],
  getattrTargets: [],
  pragmas: [],
  errors: []
});
var LazyScan = class {
  file;
  source;
  store;
  scan;
  constructor(file, source, store) {
    this.file = file;
    this.source = source;
    this.store = store;
  }
  full() {
    if (this.scan)
      return this.scan;
    const stored = this.store?.get(this.file);
    if (stored) {
      this.scan = stored;
      return stored;
    }
    const bytes = this.source.readMany([this.file]).get(this.file.file);
    const scanned = bytes instanceof Uint8Array ? scanBytes(bytes) : void 0;
    if (scanned)
      this.store?.set(this.file, scanned);
    this.scan = scanned ?? empty();
    return this.scan;
  }
  get imports() {
    return this.full().imports;
  }
  get strings() {
    return this.full().strings;
  }
  get classes() {
    return this.full().classes;
  }
  get warnings() {
    return this.full().warnings;
  }
  get moduleNames() {
    return this.full().moduleNames;
  }
  get dunderAll() {
    return this.full().dunderAll;
  }
  get definedNames() {
    return this.full().definedNames;
  }
  get getattrTargets() {
    return this.full().getattrTargets;
  }
  get pragmas() {
    return this.full().pragmas;
  }
  get errors() {
    return this.full().errors;
  }
};
function lazyScan(file, source, store) {
  return new LazyScan(file, source, store);
}

// dist/analyze/scan/scan-one.js
function scanOne(file, bytes, needles) {
  if (looksBinary(bytes))
    return { file, binary: true };
  const filtered = needles ? filterBytes(bytes, needles) : void 0;
  if (filtered)
    return { file, filtered };
  const scan = scanBytes(bytes);
  return scan ? { file, scan } : { file, binary: true };
}

// dist/analyze/scan/scan-pool.js
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var workerFile = fileURLToPath(new URL("./scan-worker.js", import.meta.url));
function poolSize(files, requested) {
  if (!pathExists(workerFile) || files === 0)
    return 0;
  if (requested !== void 0)
    return Math.max(0, Math.min(requested, 8));
  const fromEnv = process.env.SSOT_WORKERS;
  if (fromEnv !== void 0 && fromEnv !== "")
    return Math.max(0, Math.min(Number(fromEnv) || 0, 8));
  const cores = os.availableParallelism();
  return files < 1500 || cores <= 2 ? 0 : Math.min(cores - 1, 8);
}
async function scanOnPool(batches, size, onBatch, prefilter) {
  const workers = Array.from({ length: size }, () => new Worker(workerFile));
  const iterator = Symbol.asyncIterator in batches ? batches[Symbol.asyncIterator]() : batches[Symbol.iterator]();
  let nextId = 0;
  try {
    await Promise.all(workers.map(async (worker) => {
      for (; ; ) {
        const next = await iterator.next();
        if (next.done)
          return;
        const reply = await request(worker, { id: nextId++, items: next.value, prefilter });
        onBatch(reply.results);
      }
    }));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
function request(worker, message) {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
    };
    const onMessage = (reply) => {
      cleanup();
      resolve(reply);
    };
    const onError = (error) => {
      cleanup();
      reject(error);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    const transfer = message.items.flatMap((item) => item.bytes ? [item.bytes.buffer] : []);
    worker.postMessage(message, transfer);
  });
}

// dist/analyze/scan/python.js
var chunkSize = 128;
function* chunks(items) {
  for (let i = 0; i < items.length; i += chunkSize)
    yield items.slice(i, i + chunkSize);
}
var gitChunkSize = 2048;
function* contentBatches(misses, source) {
  for (let i = 0; i < misses.length; i += gitChunkSize) {
    const large = misses.slice(i, i + gitChunkSize);
    const contents = source.readMany(large);
    for (const chunk of chunks(large))
      yield [chunk, contents];
  }
}
function* workerBatches(misses, source, full) {
  const { absPath } = source;
  if (absPath) {
    for (const chunk of chunks(misses))
      yield chunk.map((f) => ({ file: f.file, abs: absPath(f.file), full: full(f.file) }));
    return;
  }
  for (const [chunk, contents] of contentBatches(misses, source)) {
    yield chunk.map((f) => {
      const bytes = contents.get(f.file);
      return bytes instanceof Error || bytes === void 0 ? { file: f.file, error: errorCode(bytes) } : { file: f.file, bytes: new Uint8Array(bytes), full: full(f.file) };
    });
  }
}
function scanInThread(misses, source, onBatch, needles, full) {
  const { absPath } = source;
  if (absPath) {
    const reader = new ReusedBufferReader();
    for (const chunk of chunks(misses)) {
      onBatch(chunk.map((f) => {
        let bytes;
        try {
          bytes = reader.read(absPath(f.file));
        } catch (error) {
          return { file: f.file, error: errorCode(error) };
        }
        return scanOne(f.file, bytes, full(f.file) ? void 0 : needles);
      }));
    }
    return;
  }
  for (const [chunk, contents] of contentBatches(misses, source)) {
    onBatch(chunk.map((f) => {
      const bytes = contents.get(f.file);
      if (bytes === void 0 || bytes instanceof Error)
        return { file: f.file, error: errorCode(bytes) };
      return scanOne(f.file, bytes, full(f.file) ? void 0 : needles);
    }));
  }
}
async function scanPythonFiles(files, source, options = {}) {
  const { store, onProgress } = options;
  const found = /* @__PURE__ */ new Map();
  const skipped = [];
  const filtered = /* @__PURE__ */ new Map();
  const fullFiles = /* @__PURE__ */ new Set();
  if (options.full) {
    for (const f of files)
      if (options.full(f.file))
        fullFiles.add(f.file);
  }
  const full = (file) => fullFiles.has(file);
  const missesByVersion = /* @__PURE__ */ new Map();
  const { prefilter } = options;
  const needlesKey = prefilter ? JSON.stringify(prefilter.needles) : "";
  const filterable = (f) => prefilter !== void 0 && !full(f.file);
  for (const f of files) {
    const verdict = filterable(f) ? store?.verdict?.(f, needlesKey) : "scan";
    const stored = verdict === "scan" ? store?.get(f) : void 0;
    if (stored)
      found.set(f.file, stored);
    else if (verdict !== void 0 && verdict !== "scan") {
      filtered.set(f.file, verdict);
      found.set(f.file, lazyScan(f, source, store));
    } else {
      const same = missesByVersion.get(f.version);
      if (same)
        same.push(f);
      else
        missesByVersion.set(f.version, [f]);
    }
  }
  const misses = [...missesByVersion.values()].map((same) => same[0]);
  const byFile = new Map(misses.map((f) => [f.file, missesByVersion.get(f.version) ?? [f]]));
  let done = files.length - [...missesByVersion.values()].reduce((n, same) => n + same.length, 0);
  let fresh = 0;
  const onBatch = (results) => {
    for (const r of results) {
      const same = byFile.get(r.file) ?? [];
      for (const f of same) {
        if ("scan" in r) {
          store?.set(f, r.scan);
          if (filterable(f))
            store?.setVerdict?.(f, needlesKey, "scan");
          found.set(f.file, r.scan);
        } else if ("filtered" in r) {
          if (filterable(f)) {
            filtered.set(f.file, r.filtered);
            store?.setVerdict?.(f, needlesKey, r.filtered);
          }
          found.set(f.file, lazyScan(f, source, store));
        } else if ("binary" in r)
          skipped.push({ file: f.file, reason: "binary file" });
        else
          skipped.push({ file: f.file, reason: `cannot read: ${r.error}` });
      }
      if ("scan" in r)
        fresh++;
      done += same.length;
    }
    onProgress?.({ done, total: files.length });
  };
  const threads = poolSize(misses.length, options.workers);
  if (threads > 0)
    await scanOnPool(workerBatches(misses, source, full), threads, onBatch, prefilter);
  else
    scanInThread(misses, source, onBatch, prefilter && needleBytes(prefilter), full);
  const scans = /* @__PURE__ */ new Map();
  for (const f of files) {
    const scan = found.get(f.file);
    if (scan)
      scans.set(f.file, scan);
  }
  return { scans, skipped, scannedFresh: fresh, filtered };
}

export {
  toPosix,
  relativePosix,
  stateFolder,
  ssotLayout,
  isOwnState,
  statePath,
  BlobScanStore,
  readFromDisk,
  linkReasons,
  discoverWorkingTree,
  deprecationCategories,
  deprecationWarningsOf,
  boundNames,
  prefilterOf,
  insidePath,
  identifier,
  T_END,
  T_NEWLINE,
  T_INDENT,
  T_DEDENT,
  T_NAME,
  T_STRING,
  T_OPEN,
  T_CLOSE,
  T_OP,
  S_BYTES,
  S_FORMAT,
  Lexer,
  ScanSink,
  decodePython,
  scanPython,
  scanPythonFiles
};

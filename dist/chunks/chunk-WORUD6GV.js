import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  DEFAULT_STEP_TIMEOUT_MS,
  MAX_SCENARIO_BYTES,
  isArazzoDocument,
  parseTimeout,
  scenarioFromSource
} from "./chunk-T5K4HRE5.js";
import {
  isObject,
  require__,
  require_dist
} from "./chunk-SWRZDQDU.js";
import {
  loadContract
} from "./chunk-DCWLXHLC.js";
import {
  appendPointer,
  createFileReader,
  describeSchemaErrors,
  didYouMean,
  getAtPointer,
  isInside,
  load,
  parsePointer,
  problemsError,
  readSourceFile
} from "./chunk-SOK6ZPY4.js";
import {
  ErrorCode,
  MockforgeError,
  __commonJS,
  __toESM,
  isMockforgeError
} from "./chunk-RIB3W43H.js";

// node_modules/json-p3/dist/json-p3.cjs.js
var require_json_p3_cjs = __commonJS({
  "node_modules/json-p3/dist/json-p3.cjs.js"(exports) {
    "use strict";
    var JSONPathError = class extends Error {
      constructor(message, token) {
        super(message);
        this.message = message;
        this.token = token;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPathError";
        this.message = withErrorContext(message, token);
      }
    };
    function withErrorContext(message, token) {
      if (token.input.length <= 9) {
        return `${message} ('${token.input}':${token.index})`;
      }
      if (token.index > token.input.length - 5) {
        return `${message} ('${token.input.slice(token.input.length - 9)}':${token.index})`;
      }
      if (token.index - 4 < 0) {
        return `${message} ('${token.input.slice(0, 9)}':${token.index})`;
      }
      return `${message} ('${token.input.slice(token.index - 4, token.index + 5)}':${token.index})`;
    }
    var JSONPathLexerError = class extends JSONPathError {
      constructor(message, token) {
        super(message, token);
        this.message = message;
        this.token = token;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPathLexerError";
        this.message = withErrorContext(message, token);
      }
    };
    var JSONPathTypeError = class extends JSONPathError {
      constructor(message, token) {
        super(message, token);
        this.message = message;
        this.token = token;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPathTypeError";
        this.message = withErrorContext(message, token);
      }
    };
    var JSONPathIndexError = class extends JSONPathError {
      constructor(message, token) {
        super(message, token);
        this.message = message;
        this.token = token;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPathIndexError";
        this.message = withErrorContext(message, token);
      }
    };
    var UndefinedFilterFunctionError = class extends JSONPathError {
      constructor(message, token) {
        super(message, token);
        this.message = message;
        this.token = token;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "UndefinedFilterFunctionError";
        this.message = withErrorContext(message, token);
      }
    };
    var JSONPathSyntaxError = class extends JSONPathError {
      constructor(message, token) {
        super(message, token);
        this.message = message;
        this.token = token;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPathSyntaxError";
        this.message = withErrorContext(message, token);
      }
    };
    var JSONPathRecursionLimitError = class extends JSONPathError {
      constructor(message, token) {
        super(message, token);
        this.message = message;
        this.token = token;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPathRecursionLimitError";
        this.message = withErrorContext(message, token);
      }
    };
    var IRegexpError = class extends Error {
      constructor(message) {
        super(message);
        this.message = message;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "IRegexpError";
      }
    };
    function isArray(value) {
      return Array.isArray(value);
    }
    function isObject2(value) {
      const _type = typeof value;
      return value !== null && _type === "object" || _type === "function" ? true : false;
    }
    function isString(value) {
      return typeof value === "string";
    }
    function isNumber(value) {
      return typeof value === "number";
    }
    function deepEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (Array.isArray(a)) {
        if (Array.isArray(b)) {
          if (a.length !== b.length) {
            return false;
          }
          for (let i = 0; i < a.length; i++) {
            if (!deepEquals(a[i], b[i])) {
              return false;
            }
          }
          return true;
        }
        return false;
      } else if (isObject2(a) && isObject2(b)) {
        const keysA = Object.keys(a);
        const keysB = Object.keys(b);
        if (keysA.length !== keysB.length) {
          return false;
        }
        for (const key of keysA) {
          if (!deepEquals(a[key], b[key])) {
            return false;
          }
        }
        return true;
      }
      return false;
    }
    var FunctionExpressionType = /* @__PURE__ */ (function(FunctionExpressionType2) {
      FunctionExpressionType2["ValueType"] = "ValueType";
      FunctionExpressionType2["LogicalType"] = "LogicalType";
      FunctionExpressionType2["NodesType"] = "NodesType";
      return FunctionExpressionType2;
    })({});
    var JSONPointerError = class extends Error {
      constructor(message) {
        super(message);
        this.message = message;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPointerError";
      }
    };
    var JSONPointerResolutionError = class extends JSONPointerError {
      constructor(message) {
        super(message);
        this.message = message;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPointerResolutionError";
      }
    };
    var JSONPointerIndexError = class extends JSONPointerResolutionError {
      constructor(message) {
        super(message);
        this.message = message;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPointerIndexError";
      }
    };
    var JSONPointerKeyError = class extends JSONPointerResolutionError {
      constructor(message) {
        super(message);
        this.message = message;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPointerKeyError";
      }
    };
    var JSONPointerSyntaxError = class extends JSONPointerError {
      constructor(message) {
        super(message);
        this.message = message;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPointerSyntaxError";
      }
    };
    var JSONPointerTypeError = class extends JSONPointerResolutionError {
      constructor(message) {
        super(message);
        this.message = message;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPointerTypeError";
      }
    };
    var UNDEFINED = /* @__PURE__ */ Symbol.for("jsonpointer.undefined");
    var JSONPointer = class _JSONPointer {
      #pointer;
      /**
       * @param pointer - A string representation of a JSON Pointer.
       */
      constructor(pointer) {
        this.tokens = this.parse(pointer);
        this.#pointer = _JSONPointer.encode(this.tokens);
      }
      static encode(tokens) {
        if (!tokens.length) return "";
        return "/" + tokens.map((token) => token.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
      }
      /**
       * Resolve this pointer against JSON-like data _value_.
       *
       * @param value - The target JSON-like value, possibly loaded using
       *  `JSON.parse()`.
       * @param fallback - A default value to return if _value_ has no
       *   path matching `pointer`.
       * @returns The value identified by _pointer_ or, if given, the fallback
       *   value in the even of a `JSONPointerResolutionError`.
       *
       * @throws {@link JSONPointerResolutionError}
       * If the value pointed to by _pointer_ does not exist in _value_, and
       * no fallback value is given.
       */
      resolve(value, fallback = UNDEFINED) {
        try {
          return this.tokens.reduce(this.getItem.bind(this), value);
        } catch (error) {
          if (error instanceof JSONPointerResolutionError && fallback !== UNDEFINED) {
            return fallback;
          }
          throw error;
        }
      }
      /**
       *
       * @param value -
       * @returns
       */
      resolveWithParent(value) {
        if (!this.tokens.length) return [UNDEFINED, this.resolve(value)];
        const parent = this.tokens.slice(0, this.tokens.length - 1).reduce(this.getItem.bind(this), value);
        try {
          return [parent, this.getItem(parent, this.tokens[this.tokens.length - 1], this.tokens.length - 1)];
        } catch (error) {
          if (error instanceof JSONPointerIndexError || error instanceof JSONPointerKeyError) {
            return [parent, UNDEFINED];
          }
          throw error;
        }
      }
      /**
       *
       * @returns
       */
      toString() {
        return this.#pointer;
      }
      /**
       * Return _true_ if this pointer points to a child of _pointer_.
       */
      isRelativeTo(pointer) {
        return pointer.tokens.length < this.tokens.length && this.tokens.slice(0, pointer.tokens.length).every((t, i) => t === pointer.tokens[i]);
      }
      parse(pointer) {
        if (pointer.length && !pointer.startsWith("/")) {
          throw new JSONPointerSyntaxError(`"${pointer}" pointers must start with a slash or be the empty string`);
        }
        return pointer.split("/").map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~")).slice(1);
      }
      // eslint-disable-next-line sonarjs/cognitive-complexity
      getItem(val, token, idx) {
        if (isArray(val)) {
          if (token !== "length" && Object.hasOwn(val, token)) {
            return val[Number(token)];
          } else if (token.startsWith("#")) {
            const maybeIndex = token.slice(1);
            if (RE_INT.test(maybeIndex) && Object.hasOwn(val, maybeIndex)) {
              return Number(maybeIndex);
            } else {
              throw new JSONPointerIndexError(`index out of range '${_JSONPointer.encode(this.tokens.slice(0, idx + 1))}'`);
            }
          } else {
            throw new JSONPointerIndexError(`index out of range '${_JSONPointer.encode(this.tokens.slice(0, idx + 1))}'`);
          }
        } else if (isObject2(val)) {
          if (Object.hasOwn(val, token)) {
            return val[token];
          } else if (token.startsWith("#") && Object.hasOwn(val, token.slice(1))) {
            return token.slice(1);
          } else {
            throw new JSONPointerKeyError(`no such property '${_JSONPointer.encode(this.tokens.slice(0, idx + 1))}'`);
          }
        }
        throw new JSONPointerTypeError(`found primitive value, expected an object '${_JSONPointer.encode(this.tokens.slice(0, idx + 1))}'`);
      }
      _join(pointer) {
        if (!isString(pointer)) {
          throw new JSONPointerTypeError(`join() requires string arguments, found ${typeof pointer}`);
        }
        if (pointer.startsWith("/")) {
          return new _JSONPointer(pointer);
        }
        const tokens = this.tokens.concat(pointer.split("/").map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~")));
        return new _JSONPointer(_JSONPointer.encode(tokens));
      }
      /**
       * Join this pointer with _tokens_.
       *
       * @param tokens - JSON Pointer strings, possibly without leading slashes.
       * If a token or "part" does have a leading slash, the previous pointer is
       * ignored and a new `JSONPointer` is created, then processing of the
       * remaining tokens continues.
       *
       * @returns A new JSON Pointer that is the concatenation of all tokens or
       * "parts".
       */
      join(...tokens) {
        if (!tokens.length) {
          return this;
        }
        let pointer = this;
        for (const tok of tokens) {
          pointer = pointer._join(tok);
        }
        return pointer;
      }
      /**
       * Return _true_ if this pointer can be resolved against _value_.
       *
       * Note that `JSONPointer.resolve()` can return legitimate falsy values
       * that form part of the target JSON document. This method will return
       * `true` if a falsy value is found.
       */
      exists(value) {
        try {
          this.resolve(value);
        } catch (error) {
          if (error instanceof JSONPointerResolutionError) {
            return false;
          }
          throw error;
        }
        return true;
      }
      /**
       * Return this pointer's parent as a new `JSONPointer`.
       *
       * If this pointer points to the document root, _this_ is returned.
       */
      parent() {
        if (!this.tokens.length) {
          return this;
        }
        return new _JSONPointer(_JSONPointer.encode(this.tokens.slice(0, this.tokens.length - 1)));
      }
      to(rel) {
        const relativePointer = isString(rel) ? new RelativeJSONPointer(rel) : rel;
        return relativePointer.to(this);
      }
    };
    var RE_RELATIVE_POINTER = /(?<ORIGIN>\d+)(?<INDEX_G>(?<SIGN>[+-])(?<INDEX>\d))?(?<POINTER>.*)/s;
    var RE_INT = /(0|[1-9]\d*)/;
    var RelativeJSONPointer = class {
      /**
       *
       * @param rel -
       */
      constructor(rel) {
        [this.origin, this.index, this.pointer] = this.parse(rel);
      }
      /**
       *
       * @returns
       */
      toString() {
        const sign = this.index > 0 ? "+" : "";
        const index2 = this.index === 0 ? "" : `${sign}${this.index}`;
        return `${this.origin}${index2}${this.pointer}`;
      }
      /**
       *
       * @param pointer -
       */
      to(pointer) {
        const p = isString(pointer) ? new JSONPointer(pointer) : pointer;
        if (this.origin > p.tokens.length) {
          throw new JSONPointerIndexError(`origin (${this.origin}) exceeds root (${p.tokens.length})`);
        }
        const tokens = this.origin < 1 ? p.tokens.slice() : p.tokens.slice(0, -this.origin);
        if (this.index && tokens.length && this.isIntLike(tokens.at(-1))) {
          const newIndex = Number(tokens.at(-1)) + this.index;
          if (newIndex < 0) {
            throw new JSONPointerIndexError(`index offset out of range (${newIndex})`);
          }
          tokens[tokens.length - 1] = String(newIndex);
        }
        if (this.pointer instanceof JSONPointer) {
          tokens.push(...this.pointer.tokens);
        } else {
          tokens[tokens.length - 1] = `#${tokens[tokens.length - 1]}`;
        }
        return new JSONPointer(JSONPointer.encode(tokens));
      }
      parse(rel) {
        const match2 = RE_RELATIVE_POINTER.exec(rel);
        if (!match2 || !match2.groups) {
          throw new JSONPointerSyntaxError("failed to parse relative pointer");
        }
        const origin = this.parseInt(match2.groups.ORIGIN);
        let index2 = 0;
        if (match2.groups["INDEX_G"]) {
          index2 = this.parseInt(match2.groups.INDEX);
          if (index2 === 0) {
            throw new JSONPointerSyntaxError("index offset can't be zero");
          }
          if (match2.groups.SIGN === "-") {
            index2 = -index2;
          }
        }
        if (match2.groups.POINTER === "#") {
          return [origin, index2, "#"];
        }
        return [origin, index2, new JSONPointer(match2.groups.POINTER)];
      }
      parseInt(s) {
        if (s.startsWith("0") && s.length > 1) {
          throw new JSONPointerSyntaxError("unexpected leading zero");
        }
        if (RE_INT.test(s)) {
          return Number(s);
        }
        throw new JSONPointerSyntaxError(`expected an integer, found '${s}'`);
      }
      isIntLike(value) {
        if (value === void 0 || isNumber(value)) {
          return true;
        } else {
          return RE_INT.test(value);
        }
      }
    };
    function resolve2(pointer, value, fallback = UNDEFINED) {
      return new JSONPointer(pointer).resolve(value, fallback);
    }
    var index$3 = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      JSONPointer,
      JSONPointerError,
      JSONPointerIndexError,
      JSONPointerKeyError,
      JSONPointerResolutionError,
      JSONPointerSyntaxError,
      JSONPointerTypeError,
      RelativeJSONPointer,
      UNDEFINED,
      resolve: resolve2
    });
    var SHORTHAND_COMPATIBLE_IDENTIFIER = new RegExp("^[\\p{ID_Start}_]\\p{ID_Continue}*$", "u");
    function toQuoted(name) {
      return name.includes("'") && !name.includes('"') ? JSON.stringify(name) : toCanonical(name);
    }
    function toCanonical(name) {
      return `'${JSON.stringify(name).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
    }
    function toShorthand(name) {
      return SHORTHAND_COMPATIBLE_IDENTIFIER.test(name) ? name : null;
    }
    var Nothing = /* @__PURE__ */ Symbol.for("jsonpath.nothing");
    function hasStringKey(value, key) {
      return isObject2(value) && Object.hasOwn(value, key);
    }
    var KEY_MARK = "";
    var defaultSerializationOptions = {
      form: "pretty"
    };
    var JSONPathNode = class {
      /**
       * @param value - The JSON value found at _location_.
       * @param location - The parts of a normalized path to _value_.
       * @param root - The target value at the top of the JSON node tree.
       */
      constructor(value, location, root) {
        this.value = value;
        this.location = location;
        this.root = root;
      }
      /**
       * @deprecated Use {@link getPath} with `options.form` set to `canonical` instead.
       */
      get path() {
        return this.getPath({
          form: "canonical"
        });
      }
      /**
       * Get the path to this node in the target JSON value.
       *
       * Given that the path refers to the singular current node, the returned path
       * will always be a normalized path if `options.form` is set to `canonical`,
       * following section 2.7 of RFC 9535.
       */
      getPath(options) {
        const opts = {
          ...defaultSerializationOptions,
          ...options
        };
        return "$" + this.location.map((s) => isString(s) ? this.decodeNameLocation(s, opts) : `[${s}]`).join("");
      }
      /**
       * Return this node's location as a {@link JSONPointer}.
       */
      toPointer() {
        if (!this.location.length) {
          return new JSONPointer("");
        }
        return new JSONPointer(JSONPointer.encode(this.location.map(String)));
      }
      decodeNameLocation(name, options) {
        const normalized = options.form === "canonical";
        const serialize = normalized ? toCanonical : toQuoted;
        const hasKeyMark = name.startsWith(KEY_MARK);
        if (hasKeyMark) name = name.slice(1);
        const shorthand = toShorthand(name);
        if (hasKeyMark) {
          return normalized || shorthand == null ? `[~${serialize(name)}]` : `.~${shorthand}`;
        }
        return normalized || shorthand == null ? `[${serialize(name)}]` : `.${shorthand}`;
      }
    };
    var JSONPathNodeList = class {
      constructor(nodes) {
        this.nodes = nodes;
      }
      /**
       * @returns an iterator over nodes in the list.
       */
      [Symbol.iterator]() {
        return this.nodes[Symbol.iterator]();
      }
      /**
       * @returns `true` if the node list is empty.
       */
      empty() {
        return this.nodes.length === 0;
      }
      /**
       * @returns An array containing the values at each node in the list.
       *
       * @see {@link valuesOrSingular} to unpack the array if there is only
       * one node in the list.
       */
      values() {
        return this.nodes.map((node) => node.value);
      }
      /**
       * Like {@link values}, but returns the node's value is there is only one
       * node in the list.
       */
      valuesOrSingular() {
        if (this.nodes.length === 1) return this.nodes[0].value;
        return this.nodes.map((node) => node.value);
      }
      /**
       * @returns An array of locations for each node in the node list.
       *
       * A location is an array of property names and array indices that were
       * required to reach the node's value in the target JSON value.
       */
      locations() {
        return this.nodes.map((node) => node.location);
      }
      /**
       * @returns An array of normalized path strings for each node in the list.
       *
       * A normalized path contains only property name and index selectors, and
       * always uses bracketed segments, never shorthand selectors.
       */
      paths(options) {
        return this.nodes.map((node) => node.getPath(options));
      }
      /**
       * @returns An array of {@link JSONPointer} instances, one for each node
       * in the list.
       */
      pointers() {
        return this.nodes.map((node) => node.toPointer());
      }
      /**
       * @returns The number of nodes in the node list.
       */
      get length() {
        return this.nodes.length;
      }
    };
    var FilterExpression = class {
      constructor(token) {
        this.token = token;
      }
      /**
       * Evaluate the filter expression in the given context.
       * @param context - Evaluation context.
       */
      /**
       * Return a string representation of the expression.
       */
    };
    var FilterExpressionLiteral = class extends FilterExpression {
    };
    var NullLiteral = class extends FilterExpressionLiteral {
      evaluate() {
        return null;
      }
      toString() {
        return "null";
      }
    };
    var BooleanLiteral = class extends FilterExpressionLiteral {
      constructor(token, value) {
        super(token);
        this.token = token;
        this.value = value;
      }
      evaluate() {
        return this.value;
      }
      toString() {
        return String(this.value);
      }
    };
    var StringLiteral = class extends FilterExpressionLiteral {
      constructor(token, value) {
        super(token);
        this.token = token;
        this.value = value;
      }
      evaluate() {
        return this.value;
      }
      toString() {
        return toCanonical(this.value);
      }
    };
    var NumberLiteral = class extends FilterExpressionLiteral {
      constructor(token, value) {
        super(token);
        this.token = token;
        this.value = value;
      }
      evaluate() {
        return this.value;
      }
      toString() {
        return String(this.value);
      }
    };
    var PrefixExpression = class extends FilterExpression {
      constructor(token, operator, right) {
        super(token);
        this.token = token;
        this.operator = operator;
        this.right = right;
      }
      evaluate(context) {
        if (this.operator === "!") {
          const value = this.right.evaluate(context);
          if (value instanceof JSONPathNodeList) return value.nodes.length === 0;
          return !isTruthy2(value);
        }
        throw new JSONPathTypeError(`unknown operator '${this.operator}'`, this.token);
      }
      toString(options) {
        return `${this.operator}${this.right.toString(options)}`;
      }
    };
    var PRECEDENCE_LOGICAL_OR$1 = 4;
    var PRECEDENCE_LOGICAL_AND$1 = 5;
    var PRECEDENCE_PREFIX$1 = 7;
    var InfixExpression = class extends FilterExpression {
      constructor(token, left, operator, right) {
        super(token);
        this.token = token;
        this.left = left;
        this.operator = operator;
        this.right = right;
        this.logical = operator === "&&" || operator === "||";
      }
      evaluate(context) {
        let left = this.left.evaluate(context);
        if (!this.logical && left instanceof JSONPathNodeList && left.nodes.length === 1) left = left.nodes[0].value;
        let right = this.right.evaluate(context);
        if (!this.logical && right instanceof JSONPathNodeList && right.nodes.length === 1) right = right.nodes[0].value;
        if (this.operator === "&&") {
          return isTruthy2(left) && isTruthy2(right);
        }
        if (this.operator === "||") {
          return isTruthy2(left) || isTruthy2(right);
        }
        return compare2(left, this.operator, right);
      }
      toString(options) {
        if (this.logical) {
          return `(${this.left.toString(options)} ${this.operator} ${this.right.toString(options)})`;
        }
        return `${this.left.toString(options)} ${this.operator} ${this.right.toString(options)}`;
      }
    };
    var LogicalExpression = class extends FilterExpression {
      constructor(token, expression2) {
        super(token);
        this.token = token;
        this.expression = expression2;
      }
      evaluate(context) {
        const value = this.expression.evaluate(context);
        if (value instanceof JSONPathNodeList) return value.nodes.length > 0;
        return isTruthy2(value);
      }
      toString(options) {
        function _toString(expression2, parentPrecedence) {
          if (expression2 instanceof InfixExpression) {
            let precedence;
            let op;
            let left;
            let right;
            if (expression2.operator === "&&") {
              precedence = PRECEDENCE_LOGICAL_AND$1;
              op = "&&";
              left = _toString(expression2.left, precedence);
              right = _toString(expression2.right, precedence);
            } else if (expression2.operator === "||") {
              precedence = PRECEDENCE_LOGICAL_OR$1;
              op = "||";
              left = _toString(expression2.left, precedence);
              right = _toString(expression2.right, precedence);
            } else {
              return expression2.toString(options);
            }
            const expr = `${left} ${op} ${right}`;
            return precedence < parentPrecedence ? `(${expr})` : expr;
          }
          if (expression2 instanceof PrefixExpression) {
            const operand = _toString(expression2.right, PRECEDENCE_PREFIX$1);
            const expr = `!${operand}`;
            return parentPrecedence > PRECEDENCE_PREFIX$1 ? `(${expr})` : expr;
          }
          return expression2.toString(options);
        }
        return _toString(this.expression, 0);
      }
    };
    var FilterQuery = class extends FilterExpression {
      constructor(token, path) {
        super(token);
        this.token = token;
        this.path = path;
      }
    };
    var RelativeQuery = class extends FilterQuery {
      evaluate(context) {
        return context.lazy ? new JSONPathNodeList(Array.from(this.path.lazyQuery(context.currentValue))) : this.path.query(context.currentValue);
      }
      toString(options) {
        return `@${this.path.toString(options).slice(1)}`;
      }
    };
    var RootQuery = class extends FilterQuery {
      evaluate(context) {
        return context.lazy ? new JSONPathNodeList(Array.from(this.path.lazyQuery(context.rootValue))) : this.path.query(context.rootValue);
      }
      toString(options) {
        return this.path.toString(options);
      }
    };
    var FunctionExtension = class extends FilterExpression {
      constructor(token, name, args) {
        super(token);
        this.token = token;
        this.name = name;
        this.args = args;
      }
      evaluate(context) {
        const func = context.environment.functionRegister.get(this.name);
        if (!func) {
          throw new UndefinedFilterFunctionError(`filter function '${this.name}' is undefined`, this.token);
        }
        const args = this.args.map((arg) => arg.evaluate(context)).map((arg, idx) => func.argTypes[idx] !== FunctionExpressionType.NodesType && arg instanceof JSONPathNodeList ? this.unpack_node_list(arg) : arg);
        return func.call(...args);
      }
      toString(options) {
        return `${this.name}(${this.args.map((e) => e.toString(options)).join(", ")})`;
      }
      unpack_node_list(arg) {
        switch (arg.length) {
          case 0:
            return Nothing;
          case 1:
            return arg.nodes[0].value;
          default:
            return arg;
        }
      }
    };
    function isTruthy2(value) {
      if (value instanceof JSONPathNodeList && value.empty()) return false;
      return !(typeof value === "boolean" && value === false);
    }
    function compare2(left, operator, right) {
      switch (operator) {
        case "==":
          return eq(left, right);
        case "!=":
          return !eq(left, right);
        case "<":
          return lt(left, right);
        case ">":
          return lt(right, left);
        case ">=":
          return lt(right, left) || eq(left, right);
        case "<=":
          return lt(left, right) || eq(left, right);
        default:
          return false;
      }
    }
    function eq(left, right) {
      if (right instanceof JSONPathNodeList) [left, right] = [right, left];
      if (left instanceof JSONPathNodeList) {
        if (right instanceof JSONPathNodeList) {
          if (left.empty() && right.empty()) return true;
          if (left.nodes.length === 1 && right.nodes.length === 1) return deepEquals(left.nodes[0].value, right.nodes[0].value);
        }
        if (left.empty()) return right === Nothing;
        if (left.nodes.length === 1) return deepEquals(left.nodes[0].value, right);
        return false;
      }
      if (left === Nothing && right === Nothing) return true;
      return deepEquals(left, right);
    }
    function lt(left, right) {
      if (isString(left) && isString(right) || isNumber(left) && isNumber(right)) return left < right;
      return false;
    }
    var expression = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      BooleanLiteral,
      FilterExpression,
      FilterExpressionLiteral,
      FilterQuery,
      FunctionExtension,
      InfixExpression,
      LogicalExpression,
      NullLiteral,
      NumberLiteral,
      PrefixExpression,
      RelativeQuery,
      RootQuery,
      StringLiteral,
      compare: compare2
    });
    var Count = class {
      argTypes = [FunctionExpressionType.NodesType];
      returnType = FunctionExpressionType.ValueType;
      call(nodes) {
        return nodes.length;
      }
    };
    var Length = class {
      argTypes = [FunctionExpressionType.ValueType];
      returnType = FunctionExpressionType.ValueType;
      call(value) {
        if (isArray(value) || isString(value)) return value.length;
        if (isObject2(value)) return Object.keys(value).length;
        return Nothing;
      }
    };
    var LRUCache = class extends Map {
      constructor(maxSize = 128, entries) {
        if (entries !== void 0) {
          super(entries);
        } else {
          super();
        }
        this.maxSize = maxSize;
      }
      get(key) {
        const val = super.get(key);
        if (this.has(key)) {
          this.delete(key);
          this.set(key, val);
        }
        return val;
      }
      set(key, value) {
        if (this.has(key)) {
          this.delete(key);
        } else if (this.size >= this.maxSize) {
          const first = this.first();
          if (first !== void 0) {
            this.delete(first);
          }
        }
        return super.set(key, value);
      }
      first() {
        return this.keys().next().value;
      }
    };
    function mapRegexp(pattern) {
      let escaped = false;
      let charClass = false;
      const parts = [];
      for (const ch of pattern) {
        if (escaped) {
          parts.push(ch);
          escaped = false;
          continue;
        }
        switch (ch) {
          case ".":
            if (!charClass) {
              parts.push("(?:(?![\r\n])\\P{Cs}|\\p{Cs}\\p{Cs})");
            } else {
              parts.push(ch);
            }
            break;
          case "\\":
            escaped = true;
            parts.push(ch);
            break;
          case "[":
            charClass = true;
            parts.push(ch);
            break;
          case "]":
            charClass = false;
            parts.push(ch);
            break;
          default:
            parts.push(ch);
            break;
        }
      }
      return parts.join("");
    }
    function fullMatch(pattern) {
      const parts = [];
      const explicitCaret = pattern.startsWith("^");
      const explicitDollar = pattern.endsWith("$");
      if (!explicitCaret && !explicitDollar) parts.push("^(?:");
      parts.push(mapRegexp(pattern));
      if (!explicitCaret && !explicitDollar) parts.push(")$");
      return parts.join("");
    }
    function isNormalChar(c) {
      return c < "'" || c === "," || c === "-" || c >= "/" && c <= ">" || // / .. >
      c >= "@" && c <= "Z" || // @ .. Z
      c >= "^" && c <= "z" || // ^ .. z
      c >= "~" && c <= "\uD7FF" || // skip surrogate code points
      c >= "\uE000";
    }
    function isCCChar(c) {
      return c < "," || c >= "." && c <= "Z" || // '.' .. Z
      c >= "^" && c <= "\uD7FF" || // skip surrogate code points
      c >= "\uE000";
    }
    function peg$subclass(child, parent) {
      function C() {
        this.constructor = child;
      }
      C.prototype = parent.prototype;
      child.prototype = new C();
    }
    function peg$SyntaxError(message, expected, found, location) {
      var self = Error.call(this, message);
      if (Object.setPrototypeOf) {
        Object.setPrototypeOf(self, peg$SyntaxError.prototype);
      }
      self.expected = expected;
      self.found = found;
      self.location = location;
      self.name = "SyntaxError";
      return self;
    }
    peg$subclass(peg$SyntaxError, Error);
    function peg$padEnd(str, targetLength, padString) {
      padString = padString || " ";
      if (str.length > targetLength) {
        return str;
      }
      targetLength -= str.length;
      padString += padString.repeat(targetLength);
      return str + padString.slice(0, targetLength);
    }
    peg$SyntaxError.prototype.format = function(sources) {
      var str = "Error: " + this.message;
      if (this.location) {
        var src = null;
        var k;
        for (k = 0; k < sources.length; k++) {
          if (sources[k].source === this.location.source) {
            src = sources[k].text.split(/\r\n|\n|\r/g);
            break;
          }
        }
        var s = this.location.start;
        var offset_s = this.location.source && typeof this.location.source.offset === "function" ? this.location.source.offset(s) : s;
        var loc = this.location.source + ":" + offset_s.line + ":" + offset_s.column;
        if (src) {
          var e = this.location.end;
          var filler = peg$padEnd("", offset_s.line.toString().length, " ");
          var line = src[s.line - 1];
          var last = s.line === e.line ? e.column : line.length + 1;
          var hatLen = last - s.column || 1;
          str += "\n --> " + loc + "\n" + filler + " |\n" + offset_s.line + " | " + line + "\n" + filler + " | " + peg$padEnd("", s.column - 1, " ") + peg$padEnd("", hatLen, "^");
        } else {
          str += "\n at " + loc;
        }
      }
      return str;
    };
    peg$SyntaxError.buildMessage = function(expected, found) {
      var DESCRIBE_EXPECTATION_FNS = {
        literal: function(expectation) {
          return '"' + literalEscape(expectation.text) + '"';
        },
        class: function(expectation) {
          var escapedParts = expectation.parts.map(function(part) {
            return Array.isArray(part) ? classEscape(part[0]) + "-" + classEscape(part[1]) : classEscape(part);
          });
          return "[" + (expectation.inverted ? "^" : "") + escapedParts.join("") + "]";
        },
        any: function() {
          return "any character";
        },
        end: function() {
          return "end of input";
        },
        other: function(expectation) {
          return expectation.description;
        }
      };
      function hex(ch) {
        return ch.charCodeAt(0).toString(16).toUpperCase();
      }
      function literalEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function classEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function describeExpectation(expectation) {
        return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
      }
      function describeExpected(expected2) {
        var descriptions = expected2.map(describeExpectation);
        var i, j;
        descriptions.sort();
        if (descriptions.length > 0) {
          for (i = 1, j = 1; i < descriptions.length; i++) {
            if (descriptions[i - 1] !== descriptions[i]) {
              descriptions[j] = descriptions[i];
              j++;
            }
          }
          descriptions.length = j;
        }
        switch (descriptions.length) {
          case 1:
            return descriptions[0];
          case 2:
            return descriptions[0] + " or " + descriptions[1];
          default:
            return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
        }
      }
      function describeFound(found2) {
        return found2 ? '"' + literalEscape(found2) + '"' : "end of input";
      }
      return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
    };
    function peg$parse(input, options) {
      options = options !== void 0 ? options : {};
      var peg$FAILED = {};
      var peg$source = options.grammarSource;
      var peg$startRuleFunctions = {
        start: peg$parsestart
      };
      var peg$startRuleFunction = peg$parsestart;
      var peg$c0 = "|";
      var peg$c1 = "{";
      var peg$c2 = ",";
      var peg$c3 = "}";
      var peg$c4 = "(";
      var peg$c5 = ")";
      var peg$c6 = ".";
      var peg$c7 = "\\";
      var peg$c8 = "[";
      var peg$c9 = "^";
      var peg$c10 = "-";
      var peg$c11 = "]";
      var peg$c12 = "\\p{";
      var peg$c13 = "\\P{";
      var peg$c14 = "L";
      var peg$c15 = "M";
      var peg$c16 = "N";
      var peg$c17 = "P";
      var peg$c18 = "Z";
      var peg$c19 = "S";
      var peg$c20 = "C";
      var peg$r0 = /^[*-+?]/;
      var peg$r1 = /^[0-9]/;
      var peg$r2 = /^[(-+\--.?[-\^nrt{-}]/;
      var peg$r3 = /^[l-mot-u]/;
      var peg$r4 = /^[cen]/;
      var peg$r5 = /^[dlo]/;
      var peg$r6 = /^[c-fios]/;
      var peg$r7 = /^[lps]/;
      var peg$r8 = /^[ckmo]/;
      var peg$r9 = /^[cfn-o]/;
      var peg$e0 = peg$literalExpectation("|", false);
      var peg$e1 = peg$classExpectation([["*", "+"], "?"], false, false);
      var peg$e2 = peg$literalExpectation("{", false);
      var peg$e3 = peg$classExpectation([["0", "9"]], false, false);
      var peg$e4 = peg$literalExpectation(",", false);
      var peg$e5 = peg$literalExpectation("}", false);
      var peg$e6 = peg$literalExpectation("(", false);
      var peg$e7 = peg$literalExpectation(")", false);
      var peg$e8 = peg$anyExpectation();
      var peg$e9 = peg$literalExpectation(".", false);
      var peg$e10 = peg$literalExpectation("\\", false);
      var peg$e11 = peg$classExpectation([["(", "+"], ["-", "."], "?", ["[", "^"], "n", "r", "t", ["{", "}"]], false, false);
      var peg$e12 = peg$literalExpectation("[", false);
      var peg$e13 = peg$literalExpectation("^", false);
      var peg$e14 = peg$literalExpectation("-", false);
      var peg$e15 = peg$literalExpectation("]", false);
      var peg$e16 = peg$literalExpectation("\\p{", false);
      var peg$e17 = peg$literalExpectation("\\P{", false);
      var peg$e18 = peg$literalExpectation("L", false);
      var peg$e19 = peg$classExpectation([["l", "m"], "o", ["t", "u"]], false, false);
      var peg$e20 = peg$literalExpectation("M", false);
      var peg$e21 = peg$classExpectation(["c", "e", "n"], false, false);
      var peg$e22 = peg$literalExpectation("N", false);
      var peg$e23 = peg$classExpectation(["d", "l", "o"], false, false);
      var peg$e24 = peg$literalExpectation("P", false);
      var peg$e25 = peg$classExpectation([["c", "f"], "i", "o", "s"], false, false);
      var peg$e26 = peg$literalExpectation("Z", false);
      var peg$e27 = peg$classExpectation(["l", "p", "s"], false, false);
      var peg$e28 = peg$literalExpectation("S", false);
      var peg$e29 = peg$classExpectation(["c", "k", "m", "o"], false, false);
      var peg$e30 = peg$literalExpectation("C", false);
      var peg$e31 = peg$classExpectation(["c", "f", ["n", "o"]], false, false);
      var peg$f0 = function(c) {
        return isNormalChar(c);
      };
      var peg$f1 = function(c) {
        return isCCChar(c);
      };
      var peg$currPos = options.peg$currPos | 0;
      var peg$posDetailsCache = [{
        line: 1,
        column: 1
      }];
      var peg$maxFailPos = peg$currPos;
      var peg$maxFailExpected = options.peg$maxFailExpected || [];
      var peg$silentFails = options.peg$silentFails | 0;
      var peg$result;
      if (options.startRule) {
        if (!(options.startRule in peg$startRuleFunctions)) {
          throw new Error(`Can't start parsing from rule "` + options.startRule + '".');
        }
        peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
      }
      function peg$literalExpectation(text, ignoreCase) {
        return {
          type: "literal",
          text,
          ignoreCase
        };
      }
      function peg$classExpectation(parts, inverted, ignoreCase) {
        return {
          type: "class",
          parts,
          inverted,
          ignoreCase
        };
      }
      function peg$anyExpectation() {
        return {
          type: "any"
        };
      }
      function peg$endExpectation() {
        return {
          type: "end"
        };
      }
      function peg$computePosDetails(pos) {
        var details = peg$posDetailsCache[pos];
        var p;
        if (details) {
          return details;
        } else {
          if (pos >= peg$posDetailsCache.length) {
            p = peg$posDetailsCache.length - 1;
          } else {
            p = pos;
            while (!peg$posDetailsCache[--p]) {
            }
          }
          details = peg$posDetailsCache[p];
          details = {
            line: details.line,
            column: details.column
          };
          while (p < pos) {
            if (input.charCodeAt(p) === 10) {
              details.line++;
              details.column = 1;
            } else {
              details.column++;
            }
            p++;
          }
          peg$posDetailsCache[pos] = details;
          return details;
        }
      }
      function peg$computeLocation(startPos, endPos, offset) {
        var startPosDetails = peg$computePosDetails(startPos);
        var endPosDetails = peg$computePosDetails(endPos);
        var res = {
          source: peg$source,
          start: {
            offset: startPos,
            line: startPosDetails.line,
            column: startPosDetails.column
          },
          end: {
            offset: endPos,
            line: endPosDetails.line,
            column: endPosDetails.column
          }
        };
        return res;
      }
      function peg$fail(expected) {
        if (peg$currPos < peg$maxFailPos) {
          return;
        }
        if (peg$currPos > peg$maxFailPos) {
          peg$maxFailPos = peg$currPos;
          peg$maxFailExpected = [];
        }
        peg$maxFailExpected.push(expected);
      }
      function peg$buildStructuredError(expected, found, location) {
        return new peg$SyntaxError(peg$SyntaxError.buildMessage(expected, found), expected, found, location);
      }
      function peg$parsestart() {
        var s0;
        s0 = peg$parseiregexp();
        return s0;
      }
      function peg$parseiregexp() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parsebranch();
        s2 = [];
        s3 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 124) {
          s4 = peg$c0;
          peg$currPos++;
        } else {
          s4 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e0);
          }
        }
        if (s4 !== peg$FAILED) {
          s5 = peg$parsebranch();
          s4 = [s4, s5];
          s3 = s4;
        } else {
          peg$currPos = s3;
          s3 = peg$FAILED;
        }
        while (s3 !== peg$FAILED) {
          s2.push(s3);
          s3 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 124) {
            s4 = peg$c0;
            peg$currPos++;
          } else {
            s4 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e0);
            }
          }
          if (s4 !== peg$FAILED) {
            s5 = peg$parsebranch();
            s4 = [s4, s5];
            s3 = s4;
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
        }
        s1 = [s1, s2];
        s0 = s1;
        return s0;
      }
      function peg$parsebranch() {
        var s0, s1;
        s0 = [];
        s1 = peg$parsepiece();
        while (s1 !== peg$FAILED) {
          s0.push(s1);
          s1 = peg$parsepiece();
        }
        return s0;
      }
      function peg$parsepiece() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parseatom();
        if (s1 !== peg$FAILED) {
          s2 = peg$parsequantifier();
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          s1 = [s1, s2];
          s0 = s1;
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsequantifier() {
        var s0;
        s0 = input.charAt(peg$currPos);
        if (peg$r0.test(s0)) {
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e1);
          }
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parserange_quantifier();
        }
        return s0;
      }
      function peg$parserange_quantifier() {
        var s0, s1, s2, s3, s4, s5, s6;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 123) {
          s1 = peg$c1;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e2);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = input.charAt(peg$currPos);
          if (peg$r1.test(s3)) {
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e3);
            }
          }
          if (s3 !== peg$FAILED) {
            while (s3 !== peg$FAILED) {
              s2.push(s3);
              s3 = input.charAt(peg$currPos);
              if (peg$r1.test(s3)) {
                peg$currPos++;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e3);
                }
              }
            }
          } else {
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 44) {
              s4 = peg$c2;
              peg$currPos++;
            } else {
              s4 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e4);
              }
            }
            if (s4 !== peg$FAILED) {
              s5 = [];
              s6 = input.charAt(peg$currPos);
              if (peg$r1.test(s6)) {
                peg$currPos++;
              } else {
                s6 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$e3);
                }
              }
              while (s6 !== peg$FAILED) {
                s5.push(s6);
                s6 = input.charAt(peg$currPos);
                if (peg$r1.test(s6)) {
                  peg$currPos++;
                } else {
                  s6 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$e3);
                  }
                }
              }
              s4 = [s4, s5];
              s3 = s4;
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
            if (s3 === peg$FAILED) {
              s3 = null;
            }
            if (input.charCodeAt(peg$currPos) === 125) {
              s4 = peg$c3;
              peg$currPos++;
            } else {
              s4 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e5);
              }
            }
            if (s4 !== peg$FAILED) {
              s1 = [s1, s2, s3, s4];
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseatom() {
        var s0, s1, s2, s3;
        s0 = peg$parsenormal_char();
        if (s0 === peg$FAILED) {
          s0 = peg$parsechar_class();
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 40) {
              s1 = peg$c4;
              peg$currPos++;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e6);
              }
            }
            if (s1 !== peg$FAILED) {
              s2 = peg$parseiregexp();
              if (s2 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 41) {
                  s3 = peg$c5;
                  peg$currPos++;
                } else {
                  s3 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$e7);
                  }
                }
                if (s3 !== peg$FAILED) {
                  s1 = [s1, s2, s3];
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          }
        }
        return s0;
      }
      function peg$parsenormal_char() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.length > peg$currPos) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e8);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$f0(s1);
          if (s2) {
            s2 = void 0;
          } else {
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsechar_class() {
        var s0;
        if (input.charCodeAt(peg$currPos) === 46) {
          s0 = peg$c6;
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e9);
          }
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parsesingle_char_esc();
          if (s0 === peg$FAILED) {
            s0 = peg$parsechar_class_esc();
            if (s0 === peg$FAILED) {
              s0 = peg$parsechar_class_expr();
            }
          }
        }
        return s0;
      }
      function peg$parsesingle_char_esc() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 92) {
          s1 = peg$c7;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e10);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = input.charAt(peg$currPos);
          if (peg$r2.test(s2)) {
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e11);
            }
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsechar_class_esc() {
        var s0;
        s0 = peg$parsecat_esc();
        if (s0 === peg$FAILED) {
          s0 = peg$parsecompl_esc();
        }
        return s0;
      }
      function peg$parsechar_class_expr() {
        var s0, s1, s2, s3, s4, s5, s6;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 91) {
          s1 = peg$c8;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e12);
          }
        }
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 94) {
            s2 = peg$c9;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e13);
            }
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          if (input.charCodeAt(peg$currPos) === 45) {
            s3 = peg$c10;
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e14);
            }
          }
          if (s3 === peg$FAILED) {
            s3 = peg$parsecce1();
          }
          if (s3 !== peg$FAILED) {
            s4 = [];
            s5 = peg$parsecce1();
            while (s5 !== peg$FAILED) {
              s4.push(s5);
              s5 = peg$parsecce1();
            }
            if (input.charCodeAt(peg$currPos) === 45) {
              s5 = peg$c10;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e14);
              }
            }
            if (s5 === peg$FAILED) {
              s5 = null;
            }
            if (input.charCodeAt(peg$currPos) === 93) {
              s6 = peg$c11;
              peg$currPos++;
            } else {
              s6 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e15);
              }
            }
            if (s6 !== peg$FAILED) {
              s1 = [s1, s2, s3, s4, s5, s6];
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsecce1() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$parsecc_char();
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 45) {
            s3 = peg$c10;
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e14);
            }
          }
          if (s3 !== peg$FAILED) {
            s4 = peg$parsecc_char();
            if (s4 !== peg$FAILED) {
              s3 = [s3, s4];
              s2 = s3;
            } else {
              peg$currPos = s2;
              s2 = peg$FAILED;
            }
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          s1 = [s1, s2];
          s0 = s1;
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parsechar_class_esc();
        }
        return s0;
      }
      function peg$parsecc_char() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.length > peg$currPos) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e8);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$f1(s1);
          if (s2) {
            s2 = void 0;
          } else {
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parsesingle_char_esc();
        }
        return s0;
      }
      function peg$parsecat_esc() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 3) === peg$c12) {
          s1 = peg$c12;
          peg$currPos += 3;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e16);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseis_category();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 125) {
              s3 = peg$c3;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e5);
              }
            }
            if (s3 !== peg$FAILED) {
              s1 = [s1, s2, s3];
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsecompl_esc() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 3) === peg$c13) {
          s1 = peg$c13;
          peg$currPos += 3;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e17);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseis_category();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 125) {
              s3 = peg$c3;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$e5);
              }
            }
            if (s3 !== peg$FAILED) {
              s1 = [s1, s2, s3];
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseis_category() {
        var s0;
        s0 = peg$parseletters();
        if (s0 === peg$FAILED) {
          s0 = peg$parsemarks();
          if (s0 === peg$FAILED) {
            s0 = peg$parsenumbers();
            if (s0 === peg$FAILED) {
              s0 = peg$parsepunctuation();
              if (s0 === peg$FAILED) {
                s0 = peg$parseseparators();
                if (s0 === peg$FAILED) {
                  s0 = peg$parsesymbols();
                  if (s0 === peg$FAILED) {
                    s0 = peg$parseothers();
                  }
                }
              }
            }
          }
        }
        return s0;
      }
      function peg$parseletters() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 76) {
          s1 = peg$c14;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e18);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = input.charAt(peg$currPos);
          if (peg$r3.test(s2)) {
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e19);
            }
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          s1 = [s1, s2];
          s0 = s1;
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsemarks() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 77) {
          s1 = peg$c15;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e20);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = input.charAt(peg$currPos);
          if (peg$r4.test(s2)) {
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e21);
            }
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          s1 = [s1, s2];
          s0 = s1;
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsenumbers() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 78) {
          s1 = peg$c16;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e22);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = input.charAt(peg$currPos);
          if (peg$r5.test(s2)) {
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e23);
            }
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          s1 = [s1, s2];
          s0 = s1;
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsepunctuation() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 80) {
          s1 = peg$c17;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e24);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = input.charAt(peg$currPos);
          if (peg$r6.test(s2)) {
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e25);
            }
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          s1 = [s1, s2];
          s0 = s1;
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseseparators() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 90) {
          s1 = peg$c18;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e26);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = input.charAt(peg$currPos);
          if (peg$r7.test(s2)) {
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e27);
            }
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          s1 = [s1, s2];
          s0 = s1;
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsesymbols() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 83) {
          s1 = peg$c19;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e28);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = input.charAt(peg$currPos);
          if (peg$r8.test(s2)) {
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e29);
            }
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          s1 = [s1, s2];
          s0 = s1;
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseothers() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 67) {
          s1 = peg$c20;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$e30);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = input.charAt(peg$currPos);
          if (peg$r9.test(s2)) {
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$e31);
            }
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          s1 = [s1, s2];
          s0 = s1;
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      peg$result = peg$startRuleFunction();
      if (options.peg$library) {
        return (
          /** @type {any} */
          {
            peg$result,
            peg$currPos,
            peg$FAILED,
            peg$maxFailExpected,
            peg$maxFailPos
          }
        );
      }
      if (peg$result !== peg$FAILED && peg$currPos === input.length) {
        return peg$result;
      } else {
        if (peg$result !== peg$FAILED && peg$currPos < input.length) {
          peg$fail(peg$endExpectation());
        }
        throw peg$buildStructuredError(peg$maxFailExpected, peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null, peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos));
      }
    }
    var iregexp$1 = {
      StartRules: ["start"],
      SyntaxError: peg$SyntaxError,
      parse: peg$parse
    };
    var iregexp = iregexp$1;
    function check2(pattern) {
      try {
        iregexp.parse(pattern, {});
      } catch (error) {
        if (error instanceof iregexp.SyntaxError) {
          return false;
        }
        throw error;
      }
      return true;
    }
    var check_1 = {
      check: check2
    };
    var check$1 = check_1.check;
    var Match = class {
      argTypes = [FunctionExpressionType.ValueType, FunctionExpressionType.ValueType];
      returnType = FunctionExpressionType.LogicalType;
      #cache;
      constructor(options = {}) {
        this.options = options;
        this.cacheSize = options.cacheSize ?? 10;
        this.throwErrors = options.throwErrors ?? false;
        this.iRegexpCheck = options.iRegexpCheck ?? true;
        this.#cache = new LRUCache(this.cacheSize);
      }
      // eslint-disable-next-line sonarjs/cognitive-complexity
      call(s, pattern) {
        if (this.cacheSize > 0) {
          const re = this.#cache.get(pattern);
          if (re) {
            try {
              return re.test(s);
            } catch (error) {
              if (this.throwErrors) throw error;
              return false;
            }
          }
        }
        if (!isString(pattern)) {
          if (this.throwErrors) {
            throw new IRegexpError(`match() expected a string pattern, found ${pattern}`);
          }
          return false;
        }
        if (this.iRegexpCheck && !check$1(pattern)) {
          if (this.throwErrors) {
            throw new IRegexpError(`pattern ${pattern} is not a valid I-Regexp pattern`);
          }
          return false;
        }
        try {
          const re = new RegExp(fullMatch(pattern), "u");
          if (this.cacheSize > 0) this.#cache.set(pattern, re);
          return re.test(s);
        } catch (error) {
          if (this.throwErrors) throw error;
          return false;
        }
      }
    };
    var Search = class {
      argTypes = [FunctionExpressionType.ValueType, FunctionExpressionType.ValueType];
      returnType = FunctionExpressionType.LogicalType;
      #cache;
      constructor(options = {}) {
        this.options = options;
        this.cacheSize = options.cacheSize ?? 10;
        this.throwErrors = options.throwErrors ?? false;
        this.iRegexpCheck = options.iRegexpCheck ?? true;
        this.#cache = new LRUCache(this.cacheSize);
      }
      // eslint-disable-next-line sonarjs/cognitive-complexity
      call(s, pattern) {
        if (this.cacheSize > 0) {
          const re = this.#cache.get(pattern);
          if (re) {
            try {
              return !!s.match(re);
            } catch (error) {
              if (this.throwErrors) throw error;
              return false;
            }
          }
        }
        if (!isString(pattern)) {
          if (this.throwErrors) {
            throw new IRegexpError(`match() expected a string pattern, found ${pattern}`);
          }
          return false;
        }
        if (this.iRegexpCheck && !check$1(pattern)) {
          if (this.throwErrors) {
            throw new IRegexpError(`pattern ${pattern} is not a valid I-Regexp pattern`);
          }
          return false;
        }
        try {
          const re = new RegExp(mapRegexp(pattern), "u");
          if (this.cacheSize > 0) this.#cache.set(pattern, re);
          return !!s.match(re);
        } catch (error) {
          if (this.throwErrors) throw error;
          return false;
        }
      }
    };
    var Value = class {
      argTypes = [FunctionExpressionType.NodesType];
      returnType = FunctionExpressionType.ValueType;
      call(nodes) {
        if (nodes.length === 1) return nodes.nodes[0].value;
        return Nothing;
      }
    };
    var TokenKind = /* @__PURE__ */ (function(TokenKind2) {
      TokenKind2["AND"] = "TOKEN_AND";
      TokenKind2["COLON"] = "TOKEN_COLON";
      TokenKind2["COMMA"] = "TOKEN_COMMA";
      TokenKind2["CURRENT"] = "TOKEN_CURRENT_VALUE";
      TokenKind2["CURRENT_KEY"] = "TOKEN_CURRENT_KEY";
      TokenKind2["DDOT"] = "TOKEN_DDOT";
      TokenKind2["DOT"] = "TOKEN_DOT";
      TokenKind2["DOUBLE_QUOTE_STRING"] = "TOKEN_DOUBLE_QUOTE_STRING";
      TokenKind2["EOF"] = "TOKEN_EOF";
      TokenKind2["EQ"] = "TOKEN_EQ";
      TokenKind2["ERROR"] = "TOKEN_ERROR";
      TokenKind2["FALSE"] = "TOKEN_FALSE";
      TokenKind2["FILTER"] = "TOKEN_FILTER_START";
      TokenKind2["FUNCTION"] = "TOKEN_FUNCTION";
      TokenKind2["GE"] = "TOKEN_GE";
      TokenKind2["GT"] = "TOKEN_GT";
      TokenKind2["INDEX"] = "TOKEN_INDEX";
      TokenKind2["KEY"] = "TOKEN_KEY";
      TokenKind2["KEY_DOUBLE_QUOTE_STRING"] = "TOKEN_KEY_DOUBLE_QUOTE_STRING";
      TokenKind2["KEY_SINGLE_QUOTE_STRING"] = "TOKEN_KEY_SINGLE_QUOTE_STRING";
      TokenKind2["KEYS"] = "TOKEN_KEYS";
      TokenKind2["KEYS_FILTER"] = "TOKEN_KEYS_FILTER";
      TokenKind2["LBRACKET"] = "TOKEN_LBRACKET";
      TokenKind2["LE"] = "TOKEN_LE";
      TokenKind2["LG"] = "TOKEN_LG";
      TokenKind2["LPAREN"] = "TOKEN_LPAREN";
      TokenKind2["LT"] = "TOKEN_LT";
      TokenKind2["NAME"] = "TOKEN_NAME";
      TokenKind2["NE"] = "TOKEN_NE";
      TokenKind2["NOT"] = "TOKEN_NOT";
      TokenKind2["NULL"] = "TOKEN_NULL";
      TokenKind2["NUMBER"] = "NUMBER";
      TokenKind2["OR"] = "TOKEN_OR";
      TokenKind2["RBRACKET"] = "TOKEN_RBRACKET";
      TokenKind2["ROOT"] = "TOKEN_ROOT";
      TokenKind2["RPAREN"] = "TOKEN_RPAREN";
      TokenKind2["SINGLE_QUOTE_STRING"] = "TOKEN_SINGLE_QUOTE_STRING";
      TokenKind2["TRUE"] = "TOKEN_TRUE";
      TokenKind2["WILD"] = "TOKEN_WILD";
      return TokenKind2;
    })({});
    var Token = class {
      constructor(kind, value, index2, input) {
        this.kind = kind;
        this.value = value;
        this.index = index2;
        this.input = input;
      }
    };
    new Token(TokenKind.EOF, "", -1, "");
    var TokenStream = class {
      #pos = 0;
      constructor(tokens) {
        this.tokens = tokens;
      }
      get current() {
        return this.tokens[this.#pos];
      }
      get peek() {
        if (this.#pos >= this.tokens.length - 1) return this.tokens[this.tokens.length - 1];
        return this.tokens[this.#pos + 1];
      }
      next() {
        const current = this.current;
        this.#pos += 1;
        return current;
      }
      backup() {
        if (this.#pos > 0) this.#pos -= 1;
      }
      expect(kind) {
        if (this.current.kind !== kind) {
          throw new JSONPathSyntaxError(`expected token '${kind}', found '${this.current.kind}'`, this.current);
        }
      }
      expectPeek(kind) {
        const peeked = this.peek;
        if (peeked.kind !== kind) {
          throw new JSONPathSyntaxError(`expected token '${kind}', found '${peeked.kind}'`, peeked);
        }
      }
      expectPeekNot(kind, message) {
        const peeked = this.peek;
        if (peeked.kind === kind) {
          throw new JSONPathSyntaxError(message, peeked);
        }
      }
    };
    var exponentPattern = /[eE][+-]?\d+/y;
    var functionNamePattern = /[a-z][a-z_0-9]*/y;
    var indexPattern = /-?\d+/y;
    var intPattern = /-?\d+/y;
    var namePattern = /[\u0080-\uFFFFa-zA-Z_][\u0080-\uFFFFa-zA-Z0-9_-]*/y;
    var whitespace = /* @__PURE__ */ new Set([" ", "\n", "	", "\r"]);
    var nameFirstPattern = /[\u0080-\uFFFFa-zA-Z_]/;
    var Lexer = class {
      /**
       * Filter nesting level.
       */
      filterLevel = 0;
      /**
       * A running count of parentheses for each, possibly nested, function call.
       *
       * If the stack is empty, we are not in a function call. Remember that
       * function arguments can use arbitrarily nested in parentheses.
       */
      funcCallStack = [];
      /**
       * A stack of parentheses and square brackets used to check for balanced
       * brackets.
       */
      bracketStack = [];
      /** Tokens resulting from tokenizing a JSONPath query. */
      tokens = [];
      #start = 0;
      #pos = 0;
      /**
       * @param path - A JSONPath query.
       */
      constructor(environment, path) {
        this.environment = environment;
        this.path = path;
      }
      get pos() {
        return this.#pos;
      }
      get start() {
        return this.#start;
      }
      run() {
        let state = lexRoot;
        while (state) {
          state = state(this);
        }
      }
      emit(t) {
        this.tokens.push(new Token(t, this.path.slice(this.#start, this.#pos), this.#start, this.path));
        this.#start = this.#pos;
      }
      next() {
        if (this.#pos >= this.path.length) return "";
        const s = this.path[this.#pos];
        this.#pos += 1;
        return s;
      }
      ignore() {
        this.#start = this.#pos;
      }
      backup() {
        if (this.#pos <= this.#start) {
          const msg = "can't backup beyond start";
          throw new JSONPathLexerError(msg, new Token(TokenKind.ERROR, msg, this.#pos, this.path));
        }
        this.#pos -= 1;
      }
      peek() {
        const ch = this.next();
        if (ch) this.backup();
        return ch;
      }
      peekMatch(pattern) {
        const ch = this.next();
        if (ch) this.backup();
        return pattern.test(ch);
      }
      accept(valid) {
        const ch = this.next();
        if (valid.has(ch)) return true;
        if (ch) this.backup();
        return false;
      }
      acceptMatch(pattern) {
        const ch = this.next();
        if (pattern.test(ch)) return true;
        if (ch) this.backup();
        return false;
      }
      acceptRun(valid) {
        let found = false;
        let ch = this.next();
        while (valid.has(ch)) {
          ch = this.next();
          found = true;
        }
        if (ch) this.backup();
        return found;
      }
      acceptMatchRun(pattern) {
        pattern.lastIndex = this.#pos;
        const match2 = pattern.exec(this.path);
        pattern.lastIndex = 0;
        if (match2) {
          this.#pos += match2[0].length;
          return true;
        }
        return false;
      }
      ignoreWhitespace() {
        if (this.#pos !== this.#start) {
          const msg = `must emit or ignore before consuming whitespace ('${this.path.slice(this.#start, this.#pos)}':${this.pos})`;
          throw new JSONPathLexerError(msg, new Token(TokenKind.ERROR, msg, this.pos, this.path));
        }
        if (this.acceptRun(whitespace)) {
          this.ignore();
          return true;
        }
        return false;
      }
      error(msg) {
        this.tokens.push(new Token(TokenKind.ERROR, msg, this.#pos, this.path));
      }
    };
    function lex(environment, path) {
      const lexer = new Lexer(environment, path);
      return [lexer, lexer.tokens];
    }
    function tokenize2(environment, path) {
      const [lexer, tokens] = lex(environment, path);
      lexer.run();
      if (tokens.length && tokens[tokens.length - 1].kind === TokenKind.ERROR) {
        throw new JSONPathSyntaxError(tokens[tokens.length - 1].value, tokens[tokens.length - 1]);
      }
      if (lexer.bracketStack.length !== 0) {
        const [ch, index2] = lexer.bracketStack[lexer.bracketStack.length - 1];
        const msg = "unbalanced brackets";
        throw new JSONPathSyntaxError(msg, new Token(TokenKind.ERROR, ch, index2, path));
      }
      return tokens;
    }
    function lexRoot(l) {
      const ch = l.next();
      if (ch !== "$") {
        l.backup();
        l.error(`expected '$', found '${ch}'`);
        return null;
      }
      l.emit(TokenKind.ROOT);
      return lexSegment;
    }
    function lexSegment(l) {
      if (l.ignoreWhitespace() && !l.peek()) {
        l.error("trailing whitespace");
      }
      const ch = l.next();
      switch (ch) {
        case "":
          l.emit(TokenKind.EOF);
          return null;
        case ".":
          if (l.peek() === ".") {
            l.next();
            l.emit(TokenKind.DDOT);
            return lexDescendantSelection;
          }
          return lexDotSelector;
        case "[":
          l.bracketStack.push(["[", l.start]);
          l.emit(TokenKind.LBRACKET);
          return lexInsideBracketedSelection;
        default:
          l.backup();
          if (l.filterLevel) return lexInsideFilter;
          l.error(`expected '.', '..' or a bracketed selection, found '${ch}'`);
          return null;
      }
    }
    function lexDescendantSelection(l) {
      if (l.acceptMatchRun(namePattern)) {
        l.emit(TokenKind.NAME);
        return lexSegment;
      }
      if (!l.environment.strict) {
        if (l.environment.keysPattern.source === "~" && l.peek() === "~") {
          l.next();
          if (l.peekMatch(nameFirstPattern)) {
            l.ignore();
            l.acceptMatchRun(namePattern);
            l.emit(TokenKind.KEY);
            return lexSegment;
          } else {
            l.emit(TokenKind.KEYS);
            return lexSegment;
          }
        } else if (l.acceptMatchRun(l.environment.keysPattern)) {
          l.emit(TokenKind.KEYS);
          return lexSegment;
        }
      }
      const ch = l.next();
      switch (ch) {
        case "":
          l.error("bald descendant segment");
          return null;
        case "*":
          l.emit(TokenKind.WILD);
          return lexSegment;
        case "[":
          l.bracketStack.push(["[", l.start]);
          l.emit(TokenKind.LBRACKET);
          return lexInsideBracketedSelection;
        default:
          l.backup();
          l.error(`unexpected descendent selection token '${ch}'`);
          return null;
      }
    }
    function lexDotSelector(l) {
      l.ignore();
      if (l.ignoreWhitespace()) {
        l.error("unexpected whitespace after dot");
        return null;
      }
      if (!l.environment.strict) {
        if (l.environment.keysPattern.source === "~" && l.peek() === "~") {
          l.next();
          if (l.peekMatch(nameFirstPattern)) {
            l.ignore();
            l.acceptMatchRun(namePattern);
            l.emit(TokenKind.KEY);
            return lexSegment;
          } else {
            l.emit(TokenKind.KEYS);
            return lexSegment;
          }
        } else if (l.acceptMatchRun(l.environment.keysPattern)) {
          l.emit(TokenKind.KEYS);
          return lexSegment;
        }
      }
      if (l.acceptMatchRun(namePattern)) {
        l.emit(TokenKind.NAME);
        return lexSegment;
      }
      const ch = l.next();
      if (ch === "*") {
        l.emit(TokenKind.WILD);
        return lexSegment;
      }
      l.backup();
      l.error(`unexpected shorthand selector '${ch}'`);
      return null;
    }
    function lexInsideBracketedSelection(l) {
      for (; ; ) {
        l.ignoreWhitespace();
        if (l.acceptMatchRun(indexPattern)) {
          l.emit(TokenKind.INDEX);
          continue;
        }
        if (!l.environment.strict && l.acceptMatchRun(l.environment.keysPattern)) {
          switch (l.peek()) {
            case "'":
              l.ignore();
              l.next();
              return lexSingleQuoteKeyString(l);
            case '"':
              l.ignore();
              l.next();
              return lexDoubleQuoteKeyString(l);
            case "?":
              l.next();
              l.emit(TokenKind.KEYS_FILTER);
              l.filterLevel += 1;
              return lexInsideFilter;
            default:
              l.emit(TokenKind.KEYS);
              continue;
          }
        }
        const ch = l.next();
        switch (ch) {
          case "]":
            if (l.bracketStack.length === 0 || l.bracketStack[l.bracketStack.length - 1][0] !== "[") {
              l.backup();
              l.error("unbalanced brackets");
              return null;
            }
            l.bracketStack.pop();
            l.emit(TokenKind.RBRACKET);
            return lexSegment;
          case "":
            l.error("unclosed bracketed selection");
            return null;
          case "*":
            l.emit(TokenKind.WILD);
            continue;
          case "?":
            l.emit(TokenKind.FILTER);
            l.filterLevel += 1;
            return lexInsideFilter;
          case ",":
            l.emit(TokenKind.COMMA);
            continue;
          case ":":
            l.emit(TokenKind.COLON);
            continue;
          case "'":
            return lexSingleQuoteStringInsideBracketSelection;
          case '"':
            return lexDoubleQuoteStringInsideBracketSelection;
          default:
            l.backup();
            l.error(`unexpected token '${ch}' in bracketed selection`);
            return null;
        }
      }
    }
    function lexInsideFilter(l) {
      for (; ; ) {
        l.ignoreWhitespace();
        const ch = l.next();
        switch (ch) {
          case "":
            l.error("unclosed bracketed selection");
            return null;
          case "]":
            l.filterLevel -= 1;
            l.backup();
            return lexInsideBracketedSelection;
          case ",":
            l.emit(TokenKind.COMMA);
            if (l.funcCallStack.length) continue;
            l.filterLevel -= 1;
            return lexInsideBracketedSelection;
          case "'":
            return lexSingleQuoteStringInsideFilterExpression;
          case '"':
            return lexDoubleQuoteStringInsideFilterExpression;
          case "(":
            l.bracketStack.push(["(", l.start]);
            l.emit(TokenKind.LPAREN);
            if (l.funcCallStack.length) l.funcCallStack[l.funcCallStack.length - 1] += 1;
            continue;
          case ")":
            if (l.bracketStack.length === 0 || l.bracketStack[l.bracketStack.length - 1][0] !== "(") {
              l.backup();
              l.error("unbalanced brackets");
              return null;
            }
            l.bracketStack.pop();
            l.emit(TokenKind.RPAREN);
            if (l.funcCallStack.length) {
              if (l.funcCallStack[l.funcCallStack.length - 1] === 1) {
                l.funcCallStack.pop();
              } else {
                l.funcCallStack[l.funcCallStack.length - 1] -= 1;
              }
            }
            continue;
          case "$":
            l.emit(TokenKind.ROOT);
            return lexSegment;
          case "@":
            l.emit(TokenKind.CURRENT);
            return lexSegment;
          case "#":
            if (l.environment.strict) {
              l.backup();
              l.error(`unexpected filter selector token '${ch}'`);
              return null;
            }
            l.emit(TokenKind.CURRENT_KEY);
            return lexSegment;
          case ".":
            l.backup();
            return lexSegment;
          case "!":
            if (l.peek() === "=") {
              l.next();
              l.emit(TokenKind.NE);
            } else {
              l.emit(TokenKind.NOT);
            }
            continue;
          case "=":
            if (l.peek() === "=") {
              l.next();
              l.emit(TokenKind.EQ);
              continue;
            } else {
              l.backup();
              l.error(`unexpected filter selector token '${ch}'`);
              return null;
            }
          case "<":
            if (l.peek() === "=") {
              l.next();
              l.emit(TokenKind.LE);
            } else {
              l.emit(TokenKind.LT);
            }
            continue;
          case ">":
            if (l.peek() === "=") {
              l.next();
              l.emit(TokenKind.GE);
            } else {
              l.emit(TokenKind.GT);
            }
            continue;
          default:
            l.backup();
            if (l.acceptMatchRun(intPattern)) {
              if (l.peek() === ".") {
                l.next();
                if (!l.acceptMatchRun(intPattern)) {
                  l.error("a fractional digit is required after a decimal point");
                  return null;
                }
              }
              l.acceptMatchRun(exponentPattern);
              l.emit(TokenKind.NUMBER);
              continue;
            }
            if (l.acceptMatchRun(/&&/y)) {
              l.emit(TokenKind.AND);
              continue;
            }
            if (l.acceptMatchRun(/\|\|/y)) {
              l.emit(TokenKind.OR);
              continue;
            }
            if (l.acceptMatchRun(/true/y)) {
              l.emit(TokenKind.TRUE);
              continue;
            }
            if (l.acceptMatchRun(/false/y)) {
              l.emit(TokenKind.FALSE);
              continue;
            }
            if (l.acceptMatchRun(/null/y)) {
              l.emit(TokenKind.NULL);
              continue;
            }
            if (l.acceptMatchRun(functionNamePattern) && l.peek() === "(") {
              l.funcCallStack.push(1);
              l.emit(TokenKind.FUNCTION);
              l.bracketStack.push(["(", l.start]);
              l.next();
              l.ignore();
              continue;
            }
        }
        l.error(`unexpected filter selector token '${ch}'`);
        return null;
      }
    }
    function makeLexString(quote, state, token_kind) {
      function _lexString(l) {
        l.ignore();
        if (l.peek() === quote) {
          l.emit(quote === "'" ? TokenKind.SINGLE_QUOTE_STRING : TokenKind.DOUBLE_QUOTE_STRING);
          l.next();
          l.ignore();
          return state;
        }
        for (; ; ) {
          const la = l.path.slice(l.pos, l.pos + 2);
          const ch = l.next();
          if (la === "\\\\" || la === `\\${quote}`) {
            l.next();
            continue;
          } else if (ch === "\\" && !la.match(/\\[bfnrtu/]/)) {
            l.error(`invalid escape`);
            return null;
          }
          if (!ch) {
            l.error(`unclosed string starting at index ${l.start}`);
            return null;
          }
          if (ch === quote) {
            l.backup();
            l.emit(token_kind);
            l.next();
            l.ignore();
            return state;
          }
        }
      }
      return _lexString;
    }
    var lexSingleQuoteStringInsideBracketSelection = makeLexString("'", lexInsideBracketedSelection, TokenKind.SINGLE_QUOTE_STRING);
    var lexDoubleQuoteStringInsideBracketSelection = makeLexString('"', lexInsideBracketedSelection, TokenKind.DOUBLE_QUOTE_STRING);
    var lexSingleQuoteStringInsideFilterExpression = makeLexString("'", lexInsideFilter, TokenKind.SINGLE_QUOTE_STRING);
    var lexDoubleQuoteStringInsideFilterExpression = makeLexString('"', lexInsideFilter, TokenKind.DOUBLE_QUOTE_STRING);
    var lexSingleQuoteKeyString = makeLexString("'", lexInsideBracketedSelection, TokenKind.KEY_SINGLE_QUOTE_STRING);
    var lexDoubleQuoteKeyString = makeLexString('"', lexInsideBracketedSelection, TokenKind.KEY_DOUBLE_QUOTE_STRING);
    var JSONPathSelector = class {
      /**
       * @param token - The token at the start of this selector.
       */
      constructor(environment, token) {
        this.environment = environment;
        this.token = token;
      }
      /**
       * @param node - Nodes matched by preceding selectors.
       */
      /**
       * @param node - Nodes matched by preceding selectors.
       */
      /**
       * Return a canonical string representation of this selector.
       */
    };
    var NameSelector = class extends JSONPathSelector {
      constructor(environment, token, name) {
        super(environment, token);
        this.environment = environment;
        this.token = token;
        this.name = name;
      }
      resolve(node) {
        const rv = [];
        if (!isArray(node.value) && hasStringKey(node.value, this.name)) {
          rv.push(new JSONPathNode(node.value[this.name], node.location.concat(this.name), node.root));
        }
        return rv;
      }
      *lazyResolve(node) {
        if (!isArray(node.value) && hasStringKey(node.value, this.name)) {
          yield new JSONPathNode(node.value[this.name], node.location.concat(this.name), node.root);
        }
      }
      toString(options) {
        const {
          form
        } = {
          ...defaultSerializationOptions,
          ...options
        };
        return form === "canonical" ? toCanonical(this.name) : toQuoted(this.name);
      }
      shorthand() {
        return toShorthand(this.name);
      }
    };
    var IndexSelector = class extends JSONPathSelector {
      constructor(environment, token, index2) {
        super(environment, token);
        this.environment = environment;
        this.token = token;
        this.index = index2;
        if (index2 < this.environment.minIntIndex || index2 > this.environment.maxIntIndex) {
          throw new JSONPathIndexError("index out of range", this.token);
        }
      }
      resolve(node) {
        const rv = [];
        if (isArray(node.value)) {
          const normIndex = this.normalizedIndex(node.value.length);
          if (normIndex in node.value) {
            rv.push(new JSONPathNode(node.value[normIndex], node.location.concat(normIndex), node.root));
          }
        }
        return rv;
      }
      *lazyResolve(node) {
        if (isArray(node.value)) {
          const normIndex = this.normalizedIndex(node.value.length);
          if (normIndex in node.value) {
            yield new JSONPathNode(node.value[normIndex], node.location.concat(normIndex), node.root);
          }
        }
      }
      toString() {
        return String(this.index);
      }
      normalizedIndex(length) {
        if (this.index < 0 && length >= Math.abs(this.index)) return length + this.index;
        return this.index;
      }
    };
    var SliceSelector = class extends JSONPathSelector {
      constructor(environment, token, start, stop, step) {
        super(environment, token);
        this.environment = environment;
        this.token = token;
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.checkRange(start, stop, step);
      }
      resolve(node) {
        const rv = [];
        if (!isArray(node.value)) return rv;
        for (const [i, value] of this.slice(node.value, this.start, this.stop, this.step)) {
          rv.push(new JSONPathNode(value, node.location.concat(i), node.root));
        }
        return rv;
      }
      *lazyResolve(node) {
        if (isArray(node.value)) {
          for (const [i, value] of this.lazySlice(node.value, this.start, this.stop, this.step)) {
            yield new JSONPathNode(value, node.location.concat(i), node.root);
          }
        }
      }
      toString() {
        const start = this.start ? this.start : "";
        const stop = this.stop ? this.stop : "";
        const step = this.step ? this.step : "1";
        return `${start}:${stop}:${step}`;
      }
      checkRange(...indices) {
        for (const index2 of indices) {
          if (index2 !== void 0 && (index2 < this.environment.minIntIndex || index2 > this.environment.maxIntIndex)) {
            throw new JSONPathIndexError("index out of range", this.token);
          }
        }
      }
      slice(arr, start, stop, step) {
        const len = arr.length;
        step = step ?? 1;
        if (step === 0 || !len) return [];
        const result = [];
        let i;
        if (step > 0) {
          i = this.normalizeIndex(start, 0, len, step);
          const stop_ = this.normalizeIndex(stop, len, len, step);
          for (; i < stop_; i += step) {
            result.push([i, arr[i]]);
          }
        } else {
          i = this.normalizeIndex(start, len - 1, len, step);
          const stop_ = this.normalizeIndex(stop, -1, len, step);
          for (; i > stop_; i += step) {
            result.push([i, arr[i]]);
          }
        }
        return result;
      }
      *lazySlice(arr, start, stop, step) {
        const len = arr.length;
        step = step ?? 1;
        if (step === 0 || !len) return [];
        let i;
        if (step > 0) {
          i = this.normalizeIndex(start, 0, len, step);
          const stop_ = this.normalizeIndex(stop, len, len, step);
          for (; i < stop_; i += step) {
            yield [i, arr[i]];
          }
        } else {
          i = this.normalizeIndex(start, len - 1, len, step);
          const stop_ = this.normalizeIndex(stop, -1, len, step);
          for (; i > stop_; i += step) {
            yield [i, arr[i]];
          }
        }
      }
      normalizeIndex(n, defaultValue, len, step) {
        if (n === void 0) return defaultValue;
        if (n < 0) return step < 0 ? Math.max(n + len, -1) : Math.max(n + len, 0);
        return step < 0 ? Math.min(n, len - 1) : Math.min(n, len);
      }
    };
    var WildcardSelector = class extends JSONPathSelector {
      constructor(environment, token) {
        super(environment, token);
        this.environment = environment;
        this.token = token;
      }
      resolve(node) {
        const rv = [];
        if (node.value instanceof String) return rv;
        if (isArray(node.value)) {
          for (let i = 0; i < node.value.length; i++) {
            rv.push(new JSONPathNode(node.value[i], node.location.concat(i), node.root));
          }
        } else if (isObject2(node.value)) {
          for (const [key, value] of this.environment.entries(node.value)) {
            rv.push(new JSONPathNode(value, node.location.concat(key), node.root));
          }
        }
        return rv;
      }
      *lazyResolve(node) {
        if (isArray(node.value)) {
          for (let i = 0; i < node.value.length; i++) {
            yield new JSONPathNode(node.value[i], node.location.concat(i), node.root);
          }
        } else if (isObject2(node.value) && !isString(node.value)) {
          for (const [key, value] of this.environment.entries(node.value)) {
            yield new JSONPathNode(value, node.location.concat(key), node.root);
          }
        }
      }
      toString() {
        return "*";
      }
    };
    var FilterSelector = class extends JSONPathSelector {
      constructor(environment, token, expression2) {
        super(environment, token);
        this.environment = environment;
        this.token = token;
        this.expression = expression2;
      }
      resolve(node) {
        const rv = [];
        if (node.value instanceof String) return rv;
        if (isArray(node.value)) {
          for (let i = 0; i < node.value.length; i++) {
            const value = node.value[i];
            const filterContext = {
              environment: this.environment,
              currentValue: value,
              rootValue: node.root,
              currentKey: i
            };
            if (this.expression.evaluate(filterContext)) {
              rv.push(new JSONPathNode(value, node.location.concat(i), node.root));
            }
          }
        } else if (isObject2(node.value)) {
          for (const [key, value] of this.environment.entries(node.value)) {
            const filterContext = {
              environment: this.environment,
              currentValue: value,
              rootValue: node.root,
              currentKey: key
            };
            if (this.expression.evaluate(filterContext)) {
              rv.push(new JSONPathNode(value, node.location.concat(key), node.root));
            }
          }
        }
        return rv;
      }
      *lazyResolve(node) {
        if (isArray(node.value)) {
          for (let i = 0; i < node.value.length; i++) {
            const value = node.value[i];
            const filterContext = {
              environment: this.environment,
              currentValue: value,
              rootValue: node.root,
              lazy: true,
              currentKey: i
            };
            if (this.expression.evaluate(filterContext)) {
              yield new JSONPathNode(value, node.location.concat(i), node.root);
            }
          }
        } else if (isObject2(node.value) && !isString(node.value)) {
          for (const [key, value] of this.environment.entries(node.value)) {
            const filterContext = {
              environment: this.environment,
              currentValue: value,
              rootValue: node.root,
              lazy: true,
              currentKey: key
            };
            if (this.expression.evaluate(filterContext)) {
              yield new JSONPathNode(value, node.location.concat(key), node.root);
            }
          }
        }
      }
      toString(options) {
        return `?${this.expression.toString(options)}`;
      }
    };
    var selectors = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      FilterSelector,
      IndexSelector,
      JSONPathSelector,
      NameSelector,
      SliceSelector,
      WildcardSelector
    });
    var JSONPathSegment = class {
      constructor(environment, token, selectors2) {
        this.environment = environment;
        this.token = token;
        this.selectors = selectors2;
      }
      /**
       * @param nodes - Nodes matched by preceding segments.
       */
      /**
       * @param nodes - Nodes matched by preceding segments.
       */
      /**
       * Return a string representation of this segment.
       */
    };
    var ChildSegment = class extends JSONPathSegment {
      resolve(nodes) {
        const rv = [];
        for (const node of nodes) {
          for (const selector of this.selectors) {
            rv.push(...selector.resolve(node));
          }
        }
        return rv;
      }
      *lazyResolve(nodes) {
        for (const node of nodes) {
          for (const selector of this.selectors) {
            yield* selector.resolve(node);
          }
        }
      }
      toString(options) {
        const {
          form
        } = {
          ...defaultSerializationOptions,
          ...options
        };
        if (form === "pretty" && this.selectors.length === 1 && this.selectors[0] instanceof NameSelector) {
          const shorthand = this.selectors[0].shorthand();
          if (shorthand != null) return `.${shorthand}`;
        }
        return `[${this.selectors.map((s) => s.toString(options)).join(", ")}]`;
      }
    };
    var DescendantSegment = class extends JSONPathSegment {
      resolve(nodes) {
        const rv = [];
        const visitor = (this.environment.nondeterministic ? this.nondeterministicVisit : this.visit).bind(this);
        for (const node of nodes) {
          for (const _node of visitor(node)) {
            for (const selector of this.selectors) {
              rv.push(...selector.resolve(_node));
            }
          }
        }
        return rv;
      }
      *lazyResolve(nodes) {
        for (const node of nodes) {
          for (const _node of this.visit(node)) {
            for (const selector of this.selectors) {
              yield* selector.resolve(_node);
            }
          }
        }
      }
      toString(options) {
        return `..[${this.selectors.map((s) => s.toString(options)).join(", ")}]`;
      }
      *visit(node, depth = 1) {
        if (depth >= this.environment.maxRecursionDepth) {
          throw new JSONPathRecursionLimitError("recursion limit reached", this.token);
        }
        yield node;
        if (isArray(node.value)) {
          for (let i = 0; i < node.value.length; i++) {
            const _node = new JSONPathNode(node.value[i], node.location.concat(i), node.root);
            yield* this.visit(_node, depth + 1);
          }
        } else if (isObject2(node.value)) {
          for (const [key, value] of this.environment.entries(node.value)) {
            const _node = new JSONPathNode(value, node.location.concat(key), node.root);
            yield* this.visit(_node, depth + 1);
          }
        }
      }
      *nondeterministicVisit(root, depth = 1) {
        let queue = Array.from(this.nondeterministicChildren(root)).map((node) => [node, depth]);
        yield root;
        while (queue.length) {
          const [node, _depth] = queue.shift();
          yield node;
          if (_depth >= this.environment.maxRecursionDepth) {
            throw new JSONPathRecursionLimitError("recursion limit reached", this.token);
          }
          const visitChildren = Math.random() < 0.5;
          for (const child of this.nondeterministicChildren(node)) {
            if (visitChildren) {
              yield child;
              const grandchildren = Array.from(this.nondeterministicChildren(child)).map((n) => [n, _depth + 2]);
              queue = interleave(queue, grandchildren);
            } else {
              queue.push([child, _depth + 1]);
            }
          }
        }
      }
      *nondeterministicChildren(node) {
        if (isString(node.value)) return;
        if (isArray(node.value)) {
          for (let i = 0; i < node.value.length; i++) {
            yield new JSONPathNode(node.value[i], node.location.concat(i), node.root);
          }
        } else if (isObject2(node.value)) {
          for (const [key, value] of this.environment.entries(node.value)) {
            yield new JSONPathNode(value, node.location.concat(key), node.root);
          }
        }
      }
    };
    function interleave(arrayA, arrayB) {
      if (arrayA.length === 0) {
        return arrayB;
      }
      if (arrayB.length === 0) {
        return arrayA;
      }
      const iterators = [];
      const itA = arrayA[Symbol.iterator]();
      const itB = arrayB[Symbol.iterator]();
      for (let i = 0; i < arrayA.length; i++) {
        iterators.push(itA);
      }
      for (let i = 0; i < arrayB.length; i++) {
        iterators.push(itB);
      }
      shuffle(iterators);
      return iterators.map((it) => it.next().value);
    }
    function shuffle(entries) {
      for (let i = entries.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [entries[i], entries[j]] = [entries[j], entries[i]];
      }
      return entries;
    }
    var JSONPathQuery = class {
      constructor(environment, segments) {
        this.environment = environment;
        this.segments = segments;
      }
      /**
       * Apply this JSONPath query to _value_.
       * @param value - A JSON-like object to apply this query to.
       * @returns Nodes matched by applying this query to _value_.
       */
      query(value) {
        let nodes = [new JSONPathNode(value, [], value)];
        for (const segment of this.segments) {
          nodes = segment.resolve(nodes);
        }
        return new JSONPathNodeList(nodes);
      }
      /**
       * Apply this JSONPath query to _value_.
       * @param value - A JSON-like object to apply this query to.
       * @returns An iterator over nodes matched by applying this query to _value_.
       */
      lazyQuery(value) {
        let nodes = [new JSONPathNode(value, [], value)][Symbol.iterator]();
        for (const segment of this.segments) {
          nodes = segment.lazyResolve(nodes);
        }
        return nodes;
      }
      /**
       * Return a {@link JSONPathNode} instance for the first object found in
       * _value_ matching this query.
       *
       * @param value - JSON-like data to which this query will be applied.
       * @returns The first node in _value_ matching this query, or `undefined` if
       * there are no matches.
       */
      match(value) {
        const it = this.lazyQuery(value);
        const rv = it.next();
        if (rv.done) return void 0;
        return rv.value;
      }
      /**
       * Return a string representation of this query.
       */
      toString(options) {
        return `$${this.segments.map((s) => s.toString(options)).join("")}`;
      }
      /**
       * Return `true` if this query is a _singular query_, or `false` otherwise.
       */
      singularQuery() {
        for (const segment of this.segments) {
          if (segment instanceof DescendantSegment) return false;
          if (segment.selectors.length === 1 && (segment.selectors[0] instanceof NameSelector || segment.selectors[0] instanceof IndexSelector)) {
            continue;
          }
          return false;
        }
        return true;
      }
    };
    var CurrentKey = class extends FilterExpression {
      evaluate(context) {
        return context.currentKey ?? Nothing;
      }
      toString() {
        return "#";
      }
    };
    var KeySelector = class extends JSONPathSelector {
      constructor(environment, token, key) {
        super(environment, token);
        this.environment = environment;
        this.token = token;
        this.key = key;
      }
      resolve(node) {
        const rv = [];
        if (node.value instanceof String || isArray(node.value)) return rv;
        if (isObject2(node.value) && hasStringKey(node.value, this.key)) {
          rv.push(new JSONPathNode(this.key, node.location.concat(`${KEY_MARK}${this.key}`), node.root));
        }
        return rv;
      }
      *lazyResolve(node) {
        if (!isString(node.value) && isObject2(node.value) && hasStringKey(node.value, this.key)) {
          yield new JSONPathNode(this.key, node.location.concat(`${KEY_MARK}${this.key}`), node.root);
        }
      }
      toString(options) {
        const {
          form
        } = {
          ...defaultSerializationOptions,
          ...options
        };
        const serialize = form === "canonical" ? toCanonical : toQuoted;
        return `~${serialize(this.key)}`;
      }
    };
    var KeysSelector = class extends JSONPathSelector {
      constructor(environment, token) {
        super(environment, token);
        this.environment = environment;
        this.token = token;
      }
      resolve(node) {
        const rv = [];
        if (node.value instanceof String || isArray(node.value)) return rv;
        if (isObject2(node.value)) {
          for (const [key, _] of this.environment.entries(node.value)) {
            rv.push(new JSONPathNode(key, node.location.concat(`${KEY_MARK}${key}`), node.root));
          }
        }
        return rv;
      }
      *lazyResolve(node) {
        if (isObject2(node.value) && !isString(node.value) && !isArray(node.value)) {
          for (const [key, _] of this.environment.entries(node.value)) {
            yield new JSONPathNode(key, node.location.concat(`${KEY_MARK}${key}`), node.root);
          }
        }
      }
      toString() {
        return "~";
      }
    };
    var KeysFilterSelector = class extends JSONPathSelector {
      constructor(environment, token, expression2) {
        super(environment, token);
        this.environment = environment;
        this.token = token;
        this.expression = expression2;
      }
      resolve(node) {
        const rv = [];
        if (node.value instanceof String || isArray(node.value)) return rv;
        if (isObject2(node.value)) {
          for (const [key, value] of this.environment.entries(node.value)) {
            const filterContext = {
              environment: this.environment,
              currentValue: value,
              rootValue: node.root,
              currentKey: key
            };
            if (this.expression.evaluate(filterContext)) {
              rv.push(new JSONPathNode(key, node.location.concat(`${KEY_MARK}${key}`), node.root));
            }
          }
        }
        return rv;
      }
      *lazyResolve(node) {
        if (node.value instanceof String || isArray(node.value)) return;
        if (isObject2(node.value)) {
          for (const [key, value] of this.environment.entries(node.value)) {
            const filterContext = {
              environment: this.environment,
              currentValue: value,
              rootValue: node.root,
              lazy: true,
              currentKey: key
            };
            if (this.expression.evaluate(filterContext)) {
              yield new JSONPathNode(key, node.location.concat(`${KEY_MARK}${key}`), node.root);
            }
          }
        }
      }
      toString(options) {
        return `~?${this.expression.toString(options)}`;
      }
    };
    var PRECEDENCE_LOWEST = 1;
    var PRECEDENCE_LOGICAL_OR = 4;
    var PRECEDENCE_LOGICAL_AND = 5;
    var PRECEDENCE_COMPARISON = 6;
    var PRECEDENCE_PREFIX = 7;
    var PRECEDENCES = /* @__PURE__ */ new Map([[TokenKind.AND, PRECEDENCE_LOGICAL_AND], [TokenKind.EQ, PRECEDENCE_COMPARISON], [TokenKind.GE, PRECEDENCE_COMPARISON], [TokenKind.GT, PRECEDENCE_COMPARISON], [TokenKind.LE, PRECEDENCE_COMPARISON], [TokenKind.LT, PRECEDENCE_COMPARISON], [TokenKind.NE, PRECEDENCE_COMPARISON], [TokenKind.NOT, PRECEDENCE_PREFIX], [TokenKind.OR, PRECEDENCE_LOGICAL_OR], [TokenKind.RPAREN, PRECEDENCE_LOWEST]]);
    var BINARY_OPERATORS = /* @__PURE__ */ new Map([[TokenKind.AND, "&&"], [TokenKind.EQ, "=="], [TokenKind.GE, ">="], [TokenKind.GT, ">"], [TokenKind.LE, "<="], [TokenKind.LT, "<"], [TokenKind.NE, "!="], [TokenKind.OR, "||"]]);
    var COMPARISON_OPERATORS = /* @__PURE__ */ new Set(["==", ">=", ">", "<=", "<", "!="]);
    var Parser = class {
      constructor(environment) {
        this.environment = environment;
        this.tokenMap = /* @__PURE__ */ new Map([[TokenKind.FALSE, this.parseBoolean], [TokenKind.NUMBER, this.parseNumber], [TokenKind.LPAREN, this.parseGroupedExpression], [TokenKind.NOT, this.parsePrefixExpression], [TokenKind.NULL, this.parseNull], [TokenKind.ROOT, this.parseRootQuery], [TokenKind.CURRENT, this.parseRelativeQuery], [TokenKind.SINGLE_QUOTE_STRING, this.parseString], [TokenKind.DOUBLE_QUOTE_STRING, this.parseString], [TokenKind.TRUE, this.parseBoolean], [TokenKind.FUNCTION, this.parseFunction], [TokenKind.CURRENT_KEY, this.parseCurrentKey]]);
      }
      parse(stream) {
        if (stream.current.kind === TokenKind.ROOT) stream.next();
        const segments = this.parseQuery(stream);
        if (stream.current.kind !== TokenKind.EOF) {
          throw new JSONPathSyntaxError(`unexpected token '${stream.current.kind}'`, stream.current);
        }
        return segments;
      }
      parseQuery(stream, inFilter = false) {
        const segments = [];
        loop: for (; ; ) {
          switch (stream.current.kind) {
            case TokenKind.DDOT: {
              const token = stream.next();
              const selectors2 = this.parseSelectors(stream);
              segments.push(new DescendantSegment(this.environment, token, selectors2));
              break;
            }
            case TokenKind.LBRACKET:
            case TokenKind.KEY:
            case TokenKind.KEYS:
            case TokenKind.NAME:
            case TokenKind.WILD: {
              const token = stream.current;
              const selectors2 = this.parseSelectors(stream);
              segments.push(new ChildSegment(this.environment, token, selectors2));
              break;
            }
            default: {
              if (inFilter) stream.backup();
              break loop;
            }
          }
          stream.next();
        }
        return segments;
      }
      parseSelectors(stream) {
        switch (stream.current.kind) {
          case TokenKind.NAME:
            return [new NameSelector(this.environment, stream.current, stream.current.value)];
          case TokenKind.WILD:
            return [new WildcardSelector(this.environment, stream.current)];
          case TokenKind.KEY:
            return [new KeySelector(this.environment, stream.current, stream.current.value)];
          case TokenKind.KEYS:
            return [new KeysSelector(this.environment, stream.current)];
          case TokenKind.LBRACKET:
            return this.parseBracketedSelection(stream);
          default:
            return [];
        }
      }
      parseIndex(stream) {
        if (stream.current.value.length > 1 && stream.current.value.startsWith("0") || stream.current.value.startsWith("-0")) {
          throw new JSONPathSyntaxError("leading zero in index selector", stream.current);
        }
        return new IndexSelector(this.environment, stream.current, Number(stream.current.value));
      }
      parseSlice(stream) {
        const tok = stream.current;
        const indices = [];
        function maybeIndex(token) {
          if (token.kind === TokenKind.INDEX) {
            if (token.value.length > 1 && token.value.startsWith("0") || token.value.startsWith("-0")) {
              throw new JSONPathSyntaxError("leading zero in index selector", token);
            }
            return true;
          }
          return false;
        }
        if (maybeIndex(stream.current)) {
          indices.push(Number(stream.current.value));
          stream.next();
          stream.expect(TokenKind.COLON);
          stream.next();
        } else {
          indices.push(void 0);
          stream.expect(TokenKind.COLON);
          stream.next();
        }
        if (maybeIndex(stream.current)) {
          indices.push(Number(stream.current.value));
          stream.next();
          if (stream.current.kind === TokenKind.COLON) {
            stream.next();
          }
        } else if (stream.current.kind === TokenKind.COLON) {
          indices.push(void 0);
          stream.expect(TokenKind.COLON);
          stream.next();
        }
        if (maybeIndex(stream.current)) {
          indices.push(Number(stream.current.value));
          stream.next();
        }
        stream.backup();
        return new SliceSelector(this.environment, tok, ...indices);
      }
      parseBracketedSelection(stream) {
        const token = stream.next();
        const selectors2 = [];
        while (stream.current.kind !== TokenKind.RBRACKET) {
          switch (stream.current.kind) {
            case TokenKind.SINGLE_QUOTE_STRING:
            case TokenKind.DOUBLE_QUOTE_STRING:
              selectors2.push(new NameSelector(this.environment, stream.current, this.decodeString(stream.current)));
              break;
            case TokenKind.FILTER:
              selectors2.push(this.parseFilter(stream));
              break;
            case TokenKind.INDEX:
              if (stream.peek.kind === TokenKind.COLON) {
                selectors2.push(this.parseSlice(stream));
              } else {
                selectors2.push(this.parseIndex(stream));
              }
              break;
            case TokenKind.COLON:
              selectors2.push(this.parseSlice(stream));
              break;
            case TokenKind.WILD:
              selectors2.push(new WildcardSelector(this.environment, stream.current));
              break;
            case TokenKind.KEY_SINGLE_QUOTE_STRING:
            case TokenKind.KEY_DOUBLE_QUOTE_STRING:
              selectors2.push(new KeySelector(this.environment, stream.current, this.decodeString(stream.current)));
              break;
            case TokenKind.KEYS_FILTER:
              selectors2.push(this.parseFilter(stream, true));
              break;
            case TokenKind.KEYS:
              selectors2.push(new KeysSelector(this.environment, stream.current));
              break;
            case TokenKind.EOF:
              throw new JSONPathSyntaxError("unexpected end of query", stream.current);
            default:
              throw new JSONPathSyntaxError(`unexpected token in bracketed selection '${stream.current.kind}'`, stream.current);
          }
          if (stream.peek.kind !== TokenKind.RBRACKET) {
            stream.expectPeek(TokenKind.COMMA);
            stream.next();
            stream.expectPeekNot(TokenKind.RBRACKET, "unexpected trailing comma");
          }
          stream.next();
        }
        if (!selectors2.length) {
          throw new JSONPathSyntaxError("empty bracketed segment", token);
        }
        return selectors2;
      }
      parseFilter(stream, keys = false) {
        const tok = stream.next();
        const expr = this.parseFilterExpression(stream);
        if (expr instanceof FunctionExtension) {
          const func = this.environment.functionRegister.get(expr.name);
          if (func && func.returnType === FunctionExpressionType.ValueType) {
            throw new JSONPathTypeError(`result of ${expr.name}()  must be compared`, expr.token);
          }
        }
        this.throwForLiteral(expr);
        return keys ? new KeysFilterSelector(this.environment, tok, new LogicalExpression(tok, expr)) : new FilterSelector(this.environment, tok, new LogicalExpression(tok, expr));
      }
      parseBoolean(stream) {
        if (stream.current.kind === TokenKind.FALSE) return new BooleanLiteral(stream.current, false);
        return new BooleanLiteral(stream.current, true);
      }
      parseNull(stream) {
        return new NullLiteral(stream.current);
      }
      parseString(stream) {
        return new StringLiteral(stream.current, this.decodeString(stream.current));
      }
      parseNumber(stream) {
        const value = stream.current.value;
        if (value.startsWith("0") && value.length > 1) {
          throw new JSONPathSyntaxError(`invalid number literal '${value}'`, stream.current);
        }
        const num = Number(stream.current.value);
        if (isNaN(num)) {
          throw new JSONPathSyntaxError(`invalid number literal '${value}'`, stream.current);
        }
        return new NumberLiteral(stream.current, num);
      }
      parsePrefixExpression(stream) {
        stream.expect(TokenKind.NOT);
        stream.next();
        return new PrefixExpression(stream.current, "!", this.parseFilterExpression(stream, PRECEDENCE_PREFIX));
      }
      parseInfixExpression(stream, left) {
        const tok = stream.next();
        const precedence = PRECEDENCES.get(tok.kind) || PRECEDENCE_LOWEST;
        const right = this.parseFilterExpression(stream, precedence);
        const operator = BINARY_OPERATORS.get(tok.kind);
        if (!operator) {
          throw new JSONPathSyntaxError(`unknown operator '${tok.kind}'`, tok);
        }
        if (COMPARISON_OPERATORS.has(operator)) {
          this.throwForNonComparable(left);
          this.throwForNonComparable(right);
        } else {
          this.throwForLiteral(left);
          this.throwForLiteral(right);
        }
        return new InfixExpression(tok, left, operator, right);
      }
      parseGroupedExpression(stream) {
        if (stream.peek.kind === TokenKind.RPAREN) {
          throw new JSONPathSyntaxError(`empty paren expression`, stream.current);
        }
        stream.next();
        let expr = this.parseFilterExpression(stream);
        stream.next();
        while (stream.current.kind !== TokenKind.RPAREN) {
          if (stream.current.kind === TokenKind.EOF) {
            throw new JSONPathSyntaxError("unbalanced parentheses", stream.current);
          }
          if (!BINARY_OPERATORS.has(stream.current.kind)) {
            throw new JSONPathSyntaxError(`expected an expression, found '${stream.current.value}'`, stream.current);
          }
          expr = this.parseInfixExpression(stream, expr);
        }
        stream.expect(TokenKind.RPAREN);
        return expr;
      }
      parseRootQuery(stream) {
        const tok = stream.next();
        return new RootQuery(tok, new JSONPathQuery(this.environment, this.parseQuery(stream, true)));
      }
      parseRelativeQuery(stream) {
        const tok = stream.next();
        return new RelativeQuery(tok, new JSONPathQuery(this.environment, this.parseQuery(stream, true)));
      }
      parseCurrentKey(stream) {
        return new CurrentKey(stream.current);
      }
      parseFunction(stream) {
        const args = [];
        const tok = stream.next();
        while (stream.current.kind !== TokenKind.RPAREN) {
          const func = this.tokenMap.get(stream.current.kind);
          if (!func) {
            throw new JSONPathSyntaxError(`unexpected '${stream.current.value}'`, stream.current);
          }
          let expr = func.bind(this)(stream);
          let peekKind = stream.peek.kind;
          while (BINARY_OPERATORS.has(peekKind)) {
            stream.next();
            expr = this.parseInfixExpression(stream, expr);
            peekKind = stream.peek.kind;
          }
          args.push(expr);
          if (stream.peek.kind !== TokenKind.RPAREN) {
            if (stream.peek.kind === TokenKind.RBRACKET) break;
            stream.expectPeek(TokenKind.COMMA);
            stream.next();
          }
          stream.next();
        }
        stream.expect(TokenKind.RPAREN);
        return new FunctionExtension(tok, tok.value, this.environment.checkWellTypedness(tok, args));
      }
      parseFilterExpression(stream, precedence = PRECEDENCE_LOWEST) {
        const func = this.tokenMap.get(stream.current.kind);
        if (!func) {
          let msg;
          switch (stream.current.kind) {
            case TokenKind.EOF:
            case TokenKind.RBRACKET:
              msg = "end of expression";
              break;
            default:
              msg = `'${stream.current.value}'`;
          }
          throw new JSONPathSyntaxError(`unexpected ${msg}`, stream.current);
        }
        let left = func.bind(this)(stream);
        for (; ; ) {
          const peekKind = stream.peek.kind;
          if (peekKind === TokenKind.EOF || peekKind === TokenKind.RBRACKET || (PRECEDENCES.get(peekKind) || PRECEDENCE_LOWEST) < precedence) {
            break;
          }
          if (!BINARY_OPERATORS.has(peekKind)) return left;
          stream.next();
          left = this.parseInfixExpression(stream, left);
        }
        return left;
      }
      decodeString(token) {
        return this.unescapeString(token.kind === TokenKind.SINGLE_QUOTE_STRING ? token.value.replaceAll('"', '\\"').replaceAll("\\'", "'") : token.value, token);
      }
      unescapeString(value, token) {
        const rv = [];
        const length = value.length;
        let index2 = 0;
        let codepoint;
        while (index2 < length) {
          const ch = value[index2];
          if (ch === "\\") {
            index2 += 1;
            switch (value[index2]) {
              case '"':
                rv.push('"');
                break;
              case "\\":
                rv.push("\\");
                break;
              case "/":
                rv.push("/");
                break;
              case "b":
                rv.push("\b");
                break;
              case "f":
                rv.push("\f");
                break;
              case "n":
                rv.push("\n");
                break;
              case "r":
                rv.push("\r");
                break;
              case "t":
                rv.push("	");
                break;
              case "u":
                [codepoint, index2] = this.decodeHexChar(value, index2, token);
                rv.push(this.stringFromCodePoint(codepoint, token));
                break;
              default:
                throw new JSONPathSyntaxError(`unknown escape sequence at index ${token.index + index2 - 1}`, token);
            }
          } else {
            this.stringFromCodePoint(ch.codePointAt(0), token);
            rv.push(ch);
          }
          index2 += 1;
        }
        return rv.join("");
      }
      /**
       * Decode a `\uXXXX` or `\uXXXX\uXXXX` escape sequence from _value_ at _index_.
       *
       * @param value - A string value containing the sequence to decode.
       * @param index - The start index of an escape sequence in _value_.
       * @param token - The token for the string value.
       * @returns - A codepoint, new index tuple.
       */
      decodeHexChar(value, index2, token) {
        const length = value.length;
        if (index2 + 4 >= length) {
          throw new JSONPathSyntaxError(`incomplete escape sequence at index ${token.index + index2 - 1}`, token);
        }
        index2 += 1;
        let codepoint = this.parseHexDigits(value.slice(index2, index2 + 4), token);
        if (isLowSurrogate(codepoint)) {
          throw new JSONPathSyntaxError(`unexpected low surrogate codepoint at index ${token.index + index2 - 2}`, token);
        }
        if (isHighSurrogate(codepoint)) {
          if (!(index2 + 9 < length && value[index2 + 4] === "\\" && value[index2 + 5] === "u")) {
            throw new JSONPathSyntaxError(`incomplete escape sequence at index ${token.index + index2 - 2}`, token);
          }
          const lowSurrogate = this.parseHexDigits(value.slice(index2 + 6, index2 + 10), token);
          if (!isLowSurrogate(lowSurrogate)) {
            throw new JSONPathSyntaxError(`unexpected codepoint at index ${token.index + index2 + 4}`, token);
          }
          codepoint = 65536 + ((codepoint & 1023) << 10 | lowSurrogate & 1023);
          return [codepoint, index2 + 9];
        }
        return [codepoint, index2 + 3];
      }
      /**
       * Parse a hexadecimal string as an integer.
       *
       * @param digits - Hexadecimal digit string.
       * @param token - The token for the string value.
       * @returns - The number representation of _digits_.
       *
       * Note that we're not using `parseInt(digits, 16)` because it accepts `+`
       * and `-` and things we don't allow.
       */
      parseHexDigits(digits, token) {
        const encoder = new TextEncoder();
        let codepoint = 0;
        for (const digit of encoder.encode(digits)) {
          codepoint <<= 4;
          switch (digit) {
            case 48:
            case 49:
            case 50:
            case 51:
            case 52:
            case 53:
            case 54:
            case 55:
            case 56:
            case 57:
              codepoint |= digit - 48;
              break;
            case 97:
            case 98:
            case 99:
            case 100:
            case 101:
            case 102:
              codepoint |= digit - 97 + 10;
              break;
            case 65:
            case 66:
            case 67:
            case 68:
            case 69:
            case 70:
              codepoint |= digit - 65 + 10;
              break;
            default:
              throw new JSONPathSyntaxError("invalid \\uXXXX escape sequence", token);
          }
        }
        return codepoint;
      }
      /** Check the codepoint is valid and return its string representation. */
      stringFromCodePoint(codepoint, token) {
        if (codepoint === void 0 || codepoint <= 31) {
          throw new JSONPathSyntaxError(`invalid character`, token);
        }
        try {
          return String.fromCodePoint(codepoint);
        } catch {
          throw new JSONPathSyntaxError("invalid escape sequence", token);
        }
      }
      throwForNonComparable(expr) {
        if ((expr instanceof RootQuery || expr instanceof RelativeQuery) && !expr.path.singularQuery()) {
          throw new JSONPathTypeError("non-singular query is not comparable", expr.token);
        }
        if (expr instanceof FunctionExtension) {
          const func = this.environment.functionRegister.get(expr.name);
          if (func && func.returnType !== FunctionExpressionType.ValueType) {
            throw new JSONPathTypeError(`result of ${expr.name}() is not comparable`, expr.token);
          }
        }
      }
      throwForLiteral(expr) {
        if (expr instanceof FilterExpressionLiteral) {
          throw new JSONPathSyntaxError(`filter expression literals (${expr.toString()}) must be compared`, expr.token);
        }
      }
    };
    function isHighSurrogate(codepoint) {
      return codepoint >= 55296 && codepoint <= 56319;
    }
    function isLowSurrogate(codepoint) {
      return codepoint >= 56320 && codepoint <= 57343;
    }
    var JSONPathEnvironment = class {
      /**
       * Indicates if the environment should to be strict about its compliance with
       * JSONPath standards.
       *
       * Defaults to `true`. Setting `strict` to `false` currently has no effect.
       * If/when we add non-standard features, the environment's strictness will
       * control their availability.
       */
      /**
       * The maximum number allowed when indexing or slicing an array. Defaults to
       * 2**53 -1.
       */
      /**
       * The minimum number allowed when indexing or slicing an array. Defaults to
       * -(2**53) -1.
       */
      /**
       * The maximum number of objects and/or arrays the recursive descent selector
       * can visit before a `JSONPathRecursionLimitError` is thrown.
       */
      /**
       * If `true`, enable nondeterministic ordering when iterating JSON object data.
       */
      /**
       * The pattern to use for the non-standard _keys selector_.
       */
      /**
       * A map of function names to objects implementing the {@link FilterFunction}
       * interface. You are free to set or delete custom filter functions directly.
       */
      functionRegister = /* @__PURE__ */ new Map();
      /**
       * @param options - Environment configuration options.
       */
      constructor(options = {}) {
        this.strict = options.strict ?? true;
        this.maxIntIndex = options.maxIntIndex ?? Math.pow(2, 53) - 1;
        this.minIntIndex = options.maxIntIndex ?? -Math.pow(2, 53) + 1;
        this.maxRecursionDepth = options.maxRecursionDepth ?? 50;
        this.nondeterministic = options.nondeterministic ?? false;
        this.keysPattern = options.keysPattern ?? /~/y;
        this.parser = new Parser(this);
        this.setupFilterFunctions();
      }
      /**
       * @param path - A JSONPath query to parse.
       * @returns A new {@link JSONPathQuery} object, bound to this environment.
       */
      compile(path) {
        return new JSONPathQuery(this, this.parser.parse(new TokenStream(tokenize2(this, path))));
      }
      /**
       *
       * @param path - A JSONPath query to parse and evaluate against _value_.
       * @param value - Data to which _path_ will be applied.
       * @returns The {@link JSONPathNodeList} resulting from applying _path_
       * to _value_.
       */
      query(path, value) {
        return this.compile(path).query(value);
      }
      /**
       * A lazy version of {@link query} which is faster and more memory
       * efficient when querying some large datasets.
       *
       * @param path - A JSONPath query to parse and evaluate against _value_.
       * @param value - Data to which _path_ will be applied.
       * @returns A sequence of {@link JSONPathNode} objects resulting from
       * applying _path_ to _value_.
       */
      lazyQuery(path, value) {
        return this.compile(path).lazyQuery(value);
      }
      /**
       * Return a {@link JSONPathNode} instance for the first object found in
       * _value_ matching _path_.
       *
       * @param path - A JSONPath query.
       * @param value - JSON-like data to which the query _path_ will be applied.
       * @returns The first node in _value_ matching  _path_, or `undefined` if
       * there are no matches.
       */
      match(path, value) {
        return this.compile(path).match(value);
      }
      /**
       * A hook for setting up the function register. You are encouraged to
       * override this method in classes extending `JSONPathEnvironment`.
       */
      setupFilterFunctions() {
        this.functionRegister.set("count", new Count());
        this.functionRegister.set("length", new Length());
        this.functionRegister.set("search", new Search());
        this.functionRegister.set("match", new Match());
        this.functionRegister.set("value", new Value());
      }
      /**
       * Check the well-typedness of a function's arguments at compile-time.
       *
       * This method is called by the parser when parsing function calls.
       * It is expected to throw a {@link JSONPathTypeError} if the function's
       * parameters are not well-typed.
       *
       * Override this if you want to deviate from the JSONPath Spec's function
       * extension type system.
       *
       * @param token - The {@link Token} starting the function call. `Token.value`
       * will contain the name of the function.
       * @param args - One {@link FilterExpression} for each argument.
       */
      // eslint-disable-next-line sonarjs/cognitive-complexity
      checkWellTypedness(token, args) {
        const func = this.functionRegister.get(token.value);
        if (!func) {
          throw new UndefinedFilterFunctionError(`no such function '${token.value}'`, token);
        }
        if (args.length !== func.argTypes.length) {
          throw new JSONPathTypeError(`${token.value}() takes ${func.argTypes.length} argument${func.argTypes.length === 1 ? "" : "s"}, ${args.length} given`, token);
        }
        for (const [typ, arg, idx] of func.argTypes.map((t, i) => [t, args[i], i])) {
          switch (typ) {
            case FunctionExpressionType.ValueType:
              if (!(arg instanceof FilterExpressionLiteral || arg instanceof CurrentKey || arg instanceof FilterQuery && arg.path.singularQuery() || arg instanceof FunctionExtension && this.functionRegister.get(arg.name)?.returnType === FunctionExpressionType.ValueType)) {
                throw new JSONPathTypeError(`${token.value}() argument ${idx} must be of ValueType`, arg.token);
              }
              break;
            case FunctionExpressionType.LogicalType:
              if (!(arg instanceof FilterQuery || arg instanceof InfixExpression)) {
                throw new JSONPathTypeError(`${token.value}() argument ${idx} must be of LogicalType`, arg.token);
              }
              break;
            case FunctionExpressionType.NodesType:
              if (!(arg instanceof FilterQuery || arg instanceof FunctionExtension && this.functionRegister.get(arg.name)?.returnType === FunctionExpressionType.NodesType)) {
                throw new JSONPathTypeError(`${token.value}() argument ${idx} must be of NodesType`, arg.token);
              }
          }
        }
        return args;
      }
      /**
       * Return an array of key/values of the enumerable properties in _obj_.
       *
       * If you want to introduce some nondeterminism to iterating JSON-like
       * objects, do it here. The wildcard selector, descendent segment and
       * filter selector all use `this.environment.entries`.
       *
       * @param obj - A JSON-like object.
       */
      entries(obj) {
        function shuffle2(entries) {
          for (let i = entries.length - 1; i > 0; i--) {
            const j = Math.floor(Math.random() * (i + 1));
            [entries[i], entries[j]] = [entries[j], entries[i]];
          }
          return entries;
        }
        if (this.nondeterministic) {
          return shuffle2(Object.entries(obj));
        }
        return Object.entries(obj);
      }
    };
    var Has = class {
      argTypes = [FunctionExpressionType.ValueType, FunctionExpressionType.ValueType];
      returnType = FunctionExpressionType.LogicalType;
      #cache;
      constructor(options = {}) {
        this.options = options;
        this.cacheSize = options.cacheSize ?? 10;
        this.throwErrors = options.throwErrors ?? false;
        this.iRegexpCheck = options.iRegexpCheck ?? true;
        this.search = options.search ?? true;
        this.#cache = new LRUCache(this.cacheSize);
      }
      // eslint-disable-next-line sonarjs/cognitive-complexity
      call(value, pattern) {
        if (this.cacheSize > 0) {
          const re = this.#cache.get(pattern);
          if (re) {
            try {
              if (isObject2(value)) {
                return Object.keys(value).some((k) => !!k.match(re));
              }
              return false;
            } catch (error) {
              if (this.throwErrors) throw error;
              return false;
            }
          }
        }
        if (!isString(pattern)) {
          if (this.throwErrors) {
            throw new IRegexpError(`match() expected a string pattern, found ${pattern}`);
          }
          return false;
        }
        if (this.iRegexpCheck && !check$1(pattern)) {
          if (this.throwErrors) {
            throw new IRegexpError(`pattern ${pattern} is not a valid I-Regexp pattern`);
          }
          return false;
        }
        try {
          const re = this.search ? new RegExp(mapRegexp(pattern), "u") : new RegExp(mapRegexp(fullMatch(pattern)), "u");
          if (this.cacheSize > 0) this.#cache.set(pattern, re);
          if (isObject2(value)) {
            return Object.keys(value).some((k) => !!k.match(re));
          }
          return false;
        } catch (error) {
          if (this.throwErrors) throw error;
          return false;
        }
      }
    };
    var index$2 = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      Count,
      FunctionExpressionType,
      Has,
      Length,
      Match,
      Search,
      Value
    });
    var DEFAULT_ENVIRONMENT = new JSONPathEnvironment();
    function query(path, value) {
      return DEFAULT_ENVIRONMENT.query(path, value);
    }
    function lazyQuery(path, value) {
      return DEFAULT_ENVIRONMENT.lazyQuery(path, value);
    }
    function compile(path) {
      return DEFAULT_ENVIRONMENT.compile(path);
    }
    function match(path, value) {
      return DEFAULT_ENVIRONMENT.match(path, value);
    }
    var index$1 = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      DEFAULT_ENVIRONMENT,
      FunctionExpressionType,
      JSONPathEnvironment,
      JSONPathError,
      JSONPathIndexError,
      JSONPathLexerError,
      JSONPathNode,
      JSONPathNodeList,
      JSONPathQuery,
      JSONPathRecursionLimitError,
      JSONPathSegment,
      JSONPathSelector,
      JSONPathSyntaxError,
      JSONPathTypeError,
      KEY_MARK,
      Nothing,
      Token,
      TokenKind,
      compile,
      expressions: expression,
      functions: index$2,
      lazyQuery,
      match,
      query,
      selectors
    });
    var JSONPatchError = class extends Error {
      constructor(message) {
        super(message);
        this.message = message;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPatchError";
      }
    };
    var JSONPatchTestFailure = class extends JSONPatchError {
      constructor(message) {
        super(message);
        this.message = message;
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = "JSONPatchTestFailure";
      }
    };
    var OpAdd = class {
      name = "add";
      constructor(path, value) {
        this.path = path;
        this.value = value;
      }
      apply(value, index2) {
        return add(value, this.path, this.value, this.name, index2);
      }
      toObject() {
        return {
          op: this.name,
          path: this.path.toString(),
          value: this.value
        };
      }
    };
    var OpRemove = class {
      name = "remove";
      constructor(path) {
        this.path = path;
      }
      apply(value, index2) {
        remove(value, this.path, this.name, index2);
        return value;
      }
      toObject() {
        return {
          op: this.name,
          path: this.path.toString()
        };
      }
    };
    var OpReplace = class {
      name = "replace";
      constructor(path, value) {
        this.path = path;
        this.value = value;
      }
      apply(value, index2) {
        const [parent, obj] = this.path.resolveWithParent(value);
        if (parent === UNDEFINED) {
          return this.value;
        }
        const target = this.path.tokens.at(-1);
        if (target === void 0) {
          throw new JSONPatchError(`unexpected operation on 'undefined' (${this.name}:${index2})`);
        }
        if (isArray(parent)) {
          if (obj === UNDEFINED) {
            throw new JSONPatchError(`can't replace nonexistent item (${this.name}:${index2})`);
          }
          parent.splice(Number(target), 1, this.value);
          return value;
        }
        if (isObject2(parent)) {
          if (obj === UNDEFINED) {
            throw new JSONPatchError(`can't replace nonexistent property (${this.name}:${index2})`);
          }
          parent[target] = this.value;
          return value;
        }
        throw new JSONPatchError(`unexpected operation on '${typeof parent}' (${this.name}:${index2})`);
      }
      toObject() {
        return {
          op: this.name,
          path: this.path.toString(),
          value: this.value
        };
      }
    };
    var OpMove = class {
      name = "move";
      constructor(from, path) {
        this.from = from;
        this.path = path;
      }
      apply(value, index2) {
        if (this.path.isRelativeTo(this.from)) {
          throw new JSONPatchError(`can't move object to one of its own children (${this.name}:${index2})`);
        }
        const obj = remove(value, this.from, this.name, index2);
        return add(value, this.path, obj, this.name, index2);
      }
      toObject() {
        return {
          op: this.name,
          from: this.from.toString(),
          path: this.path.toString()
        };
      }
    };
    var OpCopy = class {
      name = "copy";
      constructor(from, path) {
        this.from = from;
        this.path = path;
      }
      apply(value, index2) {
        const [_, sourceObj] = this.from.resolveWithParent(value);
        if (sourceObj === UNDEFINED) {
          throw new JSONPatchError(`source object does not exist (${this.name}:${index2})`);
        }
        return add(value, this.path, sourceObj, this.name, index2);
      }
      // eslint-disable-next-line sonarjs/no-identical-functions
      toObject() {
        return {
          op: this.name,
          from: this.from.toString(),
          path: this.path.toString()
        };
      }
      deepCopy(value) {
        return JSON.parse(JSON.stringify(value));
      }
    };
    var OpTest = class {
      name = "test";
      constructor(path, value) {
        this.path = path;
        this.value = value;
      }
      apply(value, index2) {
        const [_, obj] = this.path.resolveWithParent(value);
        if (!deepEquals(obj, this.value)) {
          throw new JSONPatchTestFailure(`test failed (${this.name}:${index2})`);
        }
        return value;
      }
      toObject() {
        return {
          op: this.name,
          path: this.path.toString(),
          value: this.value
        };
      }
    };
    function add(data, path, value, opLabel, opIndex) {
      const [parent, obj] = path.resolveWithParent(data);
      if (parent === UNDEFINED) {
        return value;
      }
      const target = path.tokens.at(-1);
      if (target === void 0) {
        throw new JSONPatchError(`unexpected operation on 'undefined' (${opLabel}:${opIndex})`);
      }
      if (isArray(parent)) {
        if (obj === UNDEFINED) {
          if (!(target === "-" || Number(target) === parent.length)) {
            throw new JSONPatchError(`index out of range (${opLabel}:${opIndex})`);
          }
          parent.push(value);
          return data;
        }
        parent.splice(Number(target), 0, value);
        return data;
      }
      if (isObject2(parent)) {
        parent[target] = value;
        return data;
      }
      throw new JSONPatchError(`unexpected operation on '${typeof parent}' (${opLabel}:${opIndex})`);
    }
    function remove(data, path, opLabel, opIndex) {
      const [parent, obj] = path.resolveWithParent(data);
      if (parent === UNDEFINED) {
        throw new JSONPatchError(`can't remove root (${opLabel}:${opIndex})`);
      }
      const target = path.tokens.at(-1);
      if (target === void 0) {
        throw new JSONPatchError(`unexpected operation on 'undefined' (${opLabel}:${opIndex})`);
      }
      if (isArray(parent)) {
        if (obj === UNDEFINED) {
          throw new JSONPatchError(`can't ${opLabel} nonexistent item (${opLabel}:${opIndex})`);
        }
        parent.splice(Number(target), 1);
        return obj;
      }
      if (isObject2(parent)) {
        if (obj === UNDEFINED) {
          throw new JSONPatchError(`can't ${opLabel} nonexistent property (${opLabel}:${opIndex})`);
        }
        delete parent[target];
        return obj;
      }
      throw new JSONPatchError(`unexpected operation on '${typeof parent}' (${opLabel}:${opIndex})`);
    }
    var JSONPatch = class {
      ops = [];
      /**
       *
       * @param ops -
       */
      constructor(ops) {
        if (ops) {
          this.build(ops);
        }
      }
      /**
       * @returns an iterator over ops in this patch.
       */
      *[Symbol.iterator]() {
        for (const op of this.ops) {
          yield op.toObject();
        }
      }
      /**
       *
       * @param path -
       * @param value -
       * @returns
       */
      add(path, value) {
        this.ops.push(new OpAdd(this.ensurePointer(path, "add", this.ops.length), value));
        return this;
      }
      /**
       *
       * @param path -
       */
      remove(path) {
        this.ops.push(new OpRemove(this.ensurePointer(path, "remove", this.ops.length)));
        return this;
      }
      /**
       *
       * @param path -
       * @param value -
       * @returns
       */
      replace(path, value) {
        this.ops.push(new OpReplace(this.ensurePointer(path, "replace", this.ops.length), value));
        return this;
      }
      /**
       *
       * @param from -
       * @param path -
       * @returns
       */
      move(from, path) {
        this.ops.push(new OpMove(this.ensurePointer(from, "move", this.ops.length), this.ensurePointer(path, "move", this.ops.length)));
        return this;
      }
      /**
       *
       * @param from -
       * @param path -
       * @returns
       */
      copy(from, path) {
        this.ops.push(new OpCopy(this.ensurePointer(from, "copy", this.ops.length), this.ensurePointer(path, "copy", this.ops.length)));
        return this;
      }
      /**
       *
       * @param path -
       * @param value -
       * @returns
       */
      test(path, value) {
        this.ops.push(new OpTest(this.ensurePointer(path, "test", this.ops.length), value));
        return this;
      }
      /**
       *
       * @param value -
       */
      apply(value) {
        let _value = value;
        for (let i = 0; i < this.ops.length; i++) {
          const op = this.ops[i];
          try {
            _value = op.apply(_value, i);
          } catch (error) {
            if (error instanceof JSONPointerResolutionError) {
              throw new JSONPatchError(`${error.message} (${op.name}:${i})`);
            }
            throw error;
          }
        }
        return _value;
      }
      /**
       *
       * @returns
       */
      toArray() {
        return this.ops.map((op) => op.toObject());
      }
      build(ops) {
        for (let i = 0; i < ops.length; i++) {
          const operation = ops[i];
          switch (operation.op) {
            case "add":
              this.add(this.opPointer(operation, "path", "add", i), this.opValue(operation, "value", "add", i));
              break;
            case "remove":
              this.remove(this.opPointer(operation, "path", "remove", i));
              break;
            case "replace":
              this.replace(this.opPointer(operation, "path", "replace", i), this.opValue(operation, "value", "replace", i));
              break;
            case "move":
              this.move(this.opPointer(operation, "from", "move", i), this.opPointer(operation, "path", "move", i));
              break;
            case "copy":
              this.copy(this.opPointer(operation, "from", "copy", i), this.opPointer(operation, "path", "copy", i));
              break;
            case "test":
              this.test(this.opPointer(operation, "path", "test", i), this.opValue(operation, "value", "test", i));
              break;
            default:
              throw new JSONPatchError(`expected 'op' to be one of 'add', 'remove', 'replace', 'move', 'copy' or 'test' (${operation.op}:${i})`);
          }
        }
      }
      opPointer(opObj, key, op, index2) {
        if (!Object.hasOwn(opObj, key)) {
          throw new JSONPatchError(`missing property '${key}' (${op}:${index2})`);
        }
        const p = opObj[key];
        if (!isString(p)) {
          throw new JSONPatchError(`expected a JSON Pointer string for '${key}', found ${typeof p} (${op}:${index2})`);
        }
        try {
          return new JSONPointer(p);
        } catch (error) {
          if (error instanceof JSONPointerError) {
            throw new JSONPatchError(`${error.message} (${op}:${index2})`);
          }
          throw error;
        }
      }
      opValue(opObj, key, op, index2) {
        if (!Object.hasOwn(opObj, key)) {
          throw new JSONPatchError(`missing property '${key}' (${op}:${index2})`);
        }
        return opObj[key];
      }
      ensurePointer(p, op, index2) {
        if (p instanceof JSONPointer) {
          return p;
        }
        if (!isString(p)) {
          throw new JSONPatchError(`expected a JSON Pointer string, found ${typeof p} (${op}:${index2})`);
        }
        try {
          return new JSONPointer(p);
        } catch (error) {
          if (error instanceof JSONPointerError) {
            throw new JSONPatchError(`${error.message} (${op}:${index2})`);
          }
          throw error;
        }
      }
    };
    function apply(ops, value) {
      return new JSONPatch(ops).apply(value);
    }
    var index = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      JSONPatch,
      JSONPatchError,
      JSONPatchTestFailure,
      apply
    });
    var version = "2.3.1";
    exports.DEFAULT_ENVIRONMENT = DEFAULT_ENVIRONMENT;
    exports.FunctionExpressionType = FunctionExpressionType;
    exports.JSONPatch = JSONPatch;
    exports.JSONPatchError = JSONPatchError;
    exports.JSONPatchTestFailure = JSONPatchTestFailure;
    exports.JSONPathEnvironment = JSONPathEnvironment;
    exports.JSONPathError = JSONPathError;
    exports.JSONPathIndexError = JSONPathIndexError;
    exports.JSONPathLexerError = JSONPathLexerError;
    exports.JSONPathNode = JSONPathNode;
    exports.JSONPathNodeList = JSONPathNodeList;
    exports.JSONPathQuery = JSONPathQuery;
    exports.JSONPathRecursionLimitError = JSONPathRecursionLimitError;
    exports.JSONPathSyntaxError = JSONPathSyntaxError;
    exports.JSONPathTypeError = JSONPathTypeError;
    exports.JSONPointer = JSONPointer;
    exports.Nothing = Nothing;
    exports.RelativeJSONPointer = RelativeJSONPointer;
    exports.Token = Token;
    exports.TokenKind = TokenKind;
    exports.UNDEFINED = UNDEFINED;
    exports.apply = apply;
    exports.compile = compile;
    exports.jsonpatch = index;
    exports.jsonpath = index$1;
    exports.jsonpointer = index$3;
    exports.lazyQuery = lazyQuery;
    exports.query = query;
    exports.resolve = resolve2;
    exports.version = version;
  }
});

// src/core/arazzo/arazzo-sources.ts
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var SourceRegistry = class {
  project;
  root;
  read;
  /** Services of sources that are not workspaces: name -> contract. */
  standalone = /* @__PURE__ */ new Map();
  /** Arazzo documents compiled in this run, by file (an `arazzo` source is compiled once). */
  documents = /* @__PURE__ */ new Map();
  #byFile = /* @__PURE__ */ new Map();
  constructor(options) {
    this.project = options.project;
    this.root = options.root;
    this.read = options.read ?? createFileReader();
  }
  /**
   * An openapi source: `x-mockforge-workspace`, else the workspace whose contract is the file, else the file
   * loaded as a service named after the source. A remote URL is never fetched: it maps to the one workspace
   * whose contract has the same file name. Throws a message (the caller places it at the source's line).
   */
  resolveOpenApi(source, arazzoFile) {
    const workspaces = this.project?.config.workspaces ?? [];
    const named = source["x-mockforge-workspace"];
    if (named !== void 0) {
      const workspace2 = workspaces.find((w) => w.name === named);
      if (!workspace2) {
        const guess = didYouMean(
          named,
          workspaces.map((w) => w.name)
        );
        throw new SourceError(
          `x-mockforge-workspace '${named}' is no workspace of ${this.project ? "mockforge.yaml" : "a project (no mockforge.yaml here)"}${guess ? `; did you mean '${guess}'?` : ""}`,
          "x-mockforge-workspace"
        );
      }
      return this.#workspaceSource(workspace2.name);
    }
    const remote = /^[a-z][a-z0-9+.-]*:/i.test(source.url) && !source.url.startsWith("file:");
    if (remote) {
      const file2 = basename(new URL(source.url).pathname);
      const matches = workspaces.filter((w) => basename(w.contract) === file2);
      if (matches.length === 1) return this.#workspaceSource(matches[0].name);
      throw new SourceError(
        `${source.url} is not fetched (remote descriptions never are); ${matches.length === 0 ? `no workspace's contract is named ${file2}` : `several workspaces' contracts are named ${file2}`}: set x-mockforge-workspace on the source, or point url at the contract file`,
        "url"
      );
    }
    const file = source.url.startsWith("file:") ? fileURLToPath(source.url) : resolve(dirname(arazzoFile), decodeURI(source.url.split("#")[0] ?? ""));
    if (!isInside(this.root, file)) {
      throw new SourceError(
        `${source.url} leads outside ${this.root}; source descriptions must be files of the project`,
        "url",
        true
      );
    }
    const workspace = workspaces.find((w) => resolve(w.contract) === file);
    if (workspace) return this.#workspaceSource(workspace.name);
    let found = this.#byFile.get(file);
    if (!found) {
      if (workspaces.some((w) => w.name === source.name)) {
        throw new SourceError(
          `source '${source.name}' has the name of a workspace but not its contract; rename it or set x-mockforge-workspace`,
          "name"
        );
      }
      let contract;
      try {
        contract = loadContract(file, { root: this.root, read: this.read });
      } catch (error) {
        if (isMockforgeError(error)) throw new SourceError(`cannot load ${source.url}: ${error.format()}`, "url");
        throw error;
      }
      found = { service: this.#uniqueName(source.name), contract, workspace: false };
      this.#byFile.set(file, found);
      this.standalone.set(found.service, contract);
    }
    return found;
  }
  /** The file of an `arazzo` source (remote ones are refused). */
  resolveArazzoFile(source, arazzoFile) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(source.url) && !source.url.startsWith("file:")) {
      throw new SourceError(
        `${source.url} is not fetched (remote descriptions never are); point url at a file of the project`,
        "url"
      );
    }
    const file = source.url.startsWith("file:") ? fileURLToPath(source.url) : resolve(dirname(arazzoFile), decodeURI(source.url));
    if (!isInside(this.root, file)) {
      throw new SourceError(
        `${source.url} leads outside ${this.root}; source descriptions must be files of the project`,
        "url",
        true
      );
    }
    return file;
  }
  #workspaceSource(name) {
    return { service: name, contract: this.project?.contracts.get(name), workspace: true };
  }
  #uniqueName(name) {
    let candidate = name;
    for (let n = 2; this.standalone.has(candidate); n++) candidate = `${name}-${n}`;
    return candidate;
  }
};
var SourceError = class extends Error {
  constructor(message, field, refused = false) {
    super(message);
    this.field = field;
    this.refused = refused;
  }
  field;
  refused;
};

// src/core/arazzo/input-schema.ts
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
var addFormats = import_ajv_formats.default;
var ajv;
function inlineInputRefs(schema, document, problems, seen = []) {
  if (Array.isArray(schema)) return schema.map((item) => inlineInputRefs(item, document, problems, seen));
  if (!isObject(schema)) return schema;
  const ref = schema.$ref;
  if (typeof ref === "string" && ref.startsWith("#")) {
    if (seen.includes(ref)) return {};
    const target = getAtPointer(document, ref.slice(1));
    if (target === void 0) {
      problems.push(`$ref '${ref}' leads nowhere in the document`);
      return {};
    }
    const { $ref: _ref, ...siblings } = schema;
    const inlined = inlineInputRefs(target, document, problems, [...seen, ref]);
    return Object.keys(siblings).length === 0 ? inlined : { allOf: [inlined, inlineInputRefs(siblings, document, problems, seen)] };
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, inlineInputRefs(value, document, problems, seen)])
  );
}
function compileInputValidator(schema) {
  if (!schema) return () => [];
  if (!ajv) {
    ajv = new import__.Ajv2020({ allErrors: true, strict: false, logger: false });
    addFormats(ajv);
    for (const format of ["int32", "int64", "float", "double", "password"]) ajv.addFormat(format, true);
  }
  const validate = ajv.compile(schema);
  return (inputs) => {
    if (validate(inputs)) return [];
    return (validate.errors ?? []).map((error) => {
      const where = error.instancePath ? `input ${error.instancePath.slice(1).replace(/\//g, ".")}` : "the inputs";
      if (error.keyword === "required") return `input '${String(error.params.missingProperty)}' is required`;
      return `${where} ${error.message ?? "is invalid"}`;
    });
  };
}
function inputProperties(schema) {
  const out = /* @__PURE__ */ new Map();
  if (!isObject(schema)) return out;
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    for (const [name, property] of inputProperties(part)) out.set(name, property);
  }
  for (const [name, property] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    out.set(name, isObject(property) ? property : {});
  }
  return out;
}

// src/core/arazzo/workflow-inputs.ts
function inputEnvName(input) {
  return `MOCKFORGE_INPUT_${input.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
}
function workflowInputs(plan, given, env) {
  const declared = inputProperties(plan.inputsSchema);
  if (declared.size === 0) return { ...given };
  const values = {};
  for (const [name, property] of declared) {
    const named = property["x-mockforge-env"];
    const fromEnv = (typeof named === "string" ? env[named] : void 0) ?? env[inputEnvName(name)];
    if (Object.hasOwn(given, name)) values[name] = given[name];
    else if (fromEnv !== void 0) values[name] = parseEnvValue(fromEnv, property.type);
    else if ("default" in property) values[name] = property.default;
  }
  return values;
}
function parseEnvValue(text, type) {
  if (type === "string") return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// src/core/arazzo/evaluate-expression.ts
var UnresolvedExpressionError = class extends Error {
};
function evaluateExpression(expression, context) {
  const fail = (why) => {
    throw new UnresolvedExpressionError(`${expression.text}: ${why}`);
  };
  switch (expression.root) {
    case "url":
    case "method":
    case "statusCode": {
      const exchange = context.exchange ?? fail("there is no request here");
      if (expression.root === "url") return exchange.url;
      if (expression.root === "method") return exchange.method;
      return exchange.statusCode ?? fail("no response was received");
    }
    case "request":
    case "response": {
      const exchange = context.exchange ?? fail(`there is no ${expression.root} here`);
      const part = expression.root === "request" ? exchange.request : exchange.response ?? fail("no response was received");
      if (expression.in === "body") return pointInto(part.body, expression.pointer, fail);
      if (expression.in === "header") {
        const lower = expression.name.toLowerCase();
        const found = Object.entries(part.headers).find(([name]) => name.toLowerCase() === lower);
        return found ? found[1] : fail(`no header '${expression.name}'`);
      }
      if (expression.root === "response") return fail(`a response has no ${expression.in} parameters`);
      const values = expression.in === "query" ? exchange.request.query : exchange.request.path;
      return Object.hasOwn(values, expression.name) ? values[expression.name] : fail(`no ${expression.in} parameter '${expression.name}' was sent`);
    }
    case "inputs": {
      const name = expression.name.split(/[#.]/, 1)[0] ?? "";
      if (context.workflow.declaredInputs?.includes(name) && !Object.hasOwn(context.workflow.inputs, name)) {
        fail(`input '${name}' was not given (--input ${name}=..., a --input file, or ${inputEnvName(name)})`);
      }
      return lookupNamed(context.workflow.inputs, expression.name, "input", fail);
    }
    case "outputs":
      return lookupNamed(context.outputs ?? fail("the workflow has no outputs yet"), expression.name, "output", fail);
    case "steps":
      return lookupStep(expression.name, context, fail);
    case "workflows":
      return lookupWorkflow(expression.name, context, fail);
    case "sourceDescriptions": {
      const [name, field] = splitFirst(expression.name);
      const url = context.sourceUrls.get(name) ?? fail(`no source description '${name}'`);
      return field === "url" ? url : fail(`only $sourceDescriptions.${name}.url has a value`);
    }
    case "components":
      return lookupNamed(context.components, expression.name, "component", fail);
  }
}
function evaluateTemplate(template, context) {
  if (template.length === 1 && typeof template[0] !== "string")
    return evaluateExpression(template[0], context);
  return template.map((part) => typeof part === "string" ? part : asText(evaluateExpression(part, context))).join("");
}
function asText(value) {
  return typeof value === "string" ? value : JSON.stringify(value) ?? "";
}
function lookupStep(name, context, fail) {
  const stepId = longestKey(name, context.workflow.stepIds) ?? fail(`no step '${splitFirst(name)[0]}' in workflow ${context.workflow.workflowId}`);
  const rest = name.slice(stepId.length + 1);
  if (!rest.startsWith("outputs.")) fail(`expected $steps.${stepId}.outputs.<name>`);
  const record = context.workflow.steps.get(stepId) ?? fail(`step ${stepId} has not run (or failed before its outputs)`);
  return lookupNamed(record.outputs, rest.slice("outputs.".length), `output of step ${stepId}`, fail);
}
function lookupWorkflow(name, context, fail) {
  const workflowId = longestKey(name, [...context.workflows.keys()]) ?? fail(`workflow '${splitFirst(name)[0]}' has not run`);
  const record = context.workflows.get(workflowId);
  const rest = name.slice(workflowId.length + 1);
  if (rest.startsWith("inputs."))
    return lookupNamed(record.inputs, rest.slice(7), `input of workflow ${workflowId}`, fail);
  if (rest.startsWith("outputs.")) {
    const outputs = record.outputs ?? fail(`workflow ${workflowId} has not finished`);
    return lookupNamed(outputs, rest.slice(8), `output of workflow ${workflowId}`, fail);
  }
  return fail(`expected $workflows.${workflowId}.inputs.<name> or .outputs.<name>`);
}
function lookupNamed(values, text, what, fail) {
  const hash = text.indexOf("#");
  const head = hash === -1 ? text : text.slice(0, hash);
  const key = longestKey(head, Object.keys(values));
  if (key === void 0) {
    const known = Object.keys(values);
    return fail(`no ${what} '${head}'${known.length > 0 ? ` (there are: ${known.join(", ")})` : ""}`);
  }
  let value = values[key];
  const properties = head.length > key.length ? head.slice(key.length + 1).split(".") : [];
  for (const property of properties) {
    if (!isObject(value) && !Array.isArray(value)) return fail(`'${key}' has no property '${property}'`);
    if (!Object.hasOwn(value, property)) return fail(`'${key}' has no property '${property}'`);
    value = value[property];
  }
  if (hash === -1) return value;
  const pointer = text.slice(hash + 1);
  const segments = pointer === "" ? [] : pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  return pointInto(value, segments, fail);
}
function pointInto(value, segments, fail) {
  if (segments.length === 0) return value;
  const found = getAtPointer(value, segments);
  if (found === void 0) fail(`JSON pointer /${segments.join("/")} reaches no value`);
  return found;
}
function longestKey(text, candidates) {
  let best;
  for (const candidate of candidates) {
    if ((text === candidate || text.startsWith(`${candidate}.`)) && candidate.length > (best?.length ?? -1))
      best = candidate;
  }
  return best;
}
function splitFirst(text) {
  const dot = text.indexOf(".");
  return dot === -1 ? [text, ""] : [text.slice(0, dot), text.slice(dot + 1)];
}

// src/core/arazzo/runtime-expression.ts
var ExpressionSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var WHOLE = ["url", "method", "statusCode"];
var NAMED = ["inputs", "outputs", "steps", "workflows", "sourceDescriptions", "components"];
var ROOTS = [...WHOLE, "request", "response", ...NAMED];
var TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function parseRuntimeExpression(text) {
  if (!text.startsWith("$"))
    throw new ExpressionSyntaxError(`'${text}' is not a runtime expression (they start with $)`, 0);
  const dot = text.indexOf(".");
  const root = dot === -1 ? text.slice(1) : text.slice(1, dot);
  if (WHOLE.includes(root)) {
    if (dot !== -1) throw new ExpressionSyntaxError(`'$${root}' takes nothing after it`, dot);
    return { root, text };
  }
  if (!ROOTS.includes(root) || dot === -1) {
    const guess = didYouMean(root, ROOTS);
    const hint = guess ? `; did you mean '$${guess}'?` : `; expected one of ${ROOTS.map((r) => `$${r}`).join(", ")}`;
    throw new ExpressionSyntaxError(
      ROOTS.includes(root) ? `'$${root}' needs a name after it ('$${root}.<name>')` : `unknown runtime expression '$${root}'${hint}`,
      1
    );
  }
  const rest = text.slice(dot + 1);
  checkChars(rest, dot + 1);
  if (root === "request" || root === "response") return parseSource(root, rest, text, dot + 1);
  const named = { root, name: rest, text };
  const hash = rest.indexOf("#");
  if (hash !== -1) parseJsonPointer(rest.slice(hash + 1), dot + 2 + hash);
  return named;
}
function parseSource(root, rest, text, offset) {
  if (rest === "body" || rest.startsWith("body#")) {
    const pointer = rest === "body" ? [] : parseJsonPointer(rest.slice(5), offset + 5);
    return { root, in: "body", pointer, text };
  }
  const [kind] = rest.split(".", 1);
  const name = rest.slice((kind?.length ?? 0) + 1);
  if (kind === "header") {
    if (!TCHAR.test(name)) {
      throw new ExpressionSyntaxError(
        `'$${root}.header.' needs a header name (letters, digits, !#$%&'*+-.^_\`|~)`,
        offset + 7
      );
    }
    return { root, in: "header", name, text };
  }
  if ((kind === "query" || kind === "path") && rest.includes(".")) return { root, in: kind, name, text };
  throw new ExpressionSyntaxError(
    `'$${root}.${rest}' is not a ${root} source; expected header.<name>, query.<name>, path.<name>, body or body#/pointer`,
    offset
  );
}
function parseJsonPointer(text, offset) {
  if (text === "") return [];
  if (!text.startsWith("/"))
    throw new ExpressionSyntaxError(`a JSON pointer after '#' starts with '/' ('#${text}')`, offset);
  return text.slice(1).split("/").map((token, index) => {
    const bad = /~(?![01])/.exec(token);
    if (bad)
      throw new ExpressionSyntaxError(`'~' in a JSON pointer must be '~0' or '~1'`, offset + index + bad.index);
    return token.replace(/~1/g, "/").replace(/~0/g, "~");
  });
}
function checkChars(text, offset) {
  const name = text.split("#", 1)[0] ?? "";
  const index = [...name].findIndex((char) => char === "\0" || (char.codePointAt(0) ?? 0) > 127);
  const bad = index === -1 ? void 0 : { index, 0: [...name][index] };
  if (bad) {
    throw new ExpressionSyntaxError(
      `'${bad[0]}' is not allowed in a runtime expression name (7-bit ASCII only)`,
      offset + bad.index
    );
  }
}
function looksLikeExpression(value) {
  return /^\$[A-Za-z]/.test(value);
}
function parseTemplate(text) {
  const parts = [];
  let literal = "";
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf("{$", index);
    if (open === -1) break;
    const close = text.indexOf("}", open);
    if (close === -1) throw new ExpressionSyntaxError(`'{$' without a closing '}'`, open);
    literal += text.slice(index, open);
    if (literal) parts.push(literal);
    literal = "";
    try {
      parts.push(parseRuntimeExpression(text.slice(open + 1, close)));
    } catch (error) {
      if (error instanceof ExpressionSyntaxError)
        throw new ExpressionSyntaxError(error.message, open + 1 + error.offset);
      throw error;
    }
    index = close + 1;
  }
  literal += text.slice(index);
  if (literal) parts.push(literal);
  return parts;
}
function hasEmbeddedExpression(text) {
  return text.includes("{$");
}

// src/core/arazzo/compiled-value.ts
function compileValue(value, pointer, problems) {
  if (typeof value === "string") return compileString(value, pointer, problems);
  if (Array.isArray(value))
    return { kind: "array", items: value.map((item, i) => compileValue(item, appendPointer(pointer, i), problems)) };
  if (isObject(value)) {
    return {
      kind: "object",
      entries: Object.entries(value).map(([key, item]) => [
        key,
        compileValue(item, appendPointer(pointer, key), problems)
      ])
    };
  }
  return { kind: "literal", value };
}
function compileString(text, pointer, problems) {
  try {
    if (looksLikeExpression(text)) return { kind: "expression", expression: parseRuntimeExpression(text) };
    if (hasEmbeddedExpression(text)) return { kind: "template", template: parseTemplate(text) };
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    problems.push({ pointer, message: `bad runtime expression in '${shorten(text)}': ${error.message}` });
  }
  return { kind: "literal", value: text };
}
function compileExpressionField(text, pointer, problems) {
  const body = /^\{\$[^{}]*\}$/.test(text) ? text.slice(1, -1) : text;
  try {
    return parseRuntimeExpression(body);
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    problems.push({ pointer, message: `bad runtime expression '${shorten(text)}': ${error.message}` });
    return void 0;
  }
}
function evaluateValue(value, context) {
  switch (value.kind) {
    case "literal":
      return value.value;
    case "expression":
      return evaluateExpression(value.expression, context);
    case "template":
      return evaluateTemplate(value.template, context);
    case "array":
      return value.items.map((item) => evaluateValue(item, context));
    case "object":
      return Object.fromEntries(value.entries.map(([key, item]) => [key, evaluateValue(item, context)]));
  }
}
function expressionsOf(value) {
  switch (value.kind) {
    case "literal":
      return [];
    case "expression":
      return [value.expression];
    case "template":
      return value.template.filter((part) => typeof part !== "string");
    case "array":
      return value.items.flatMap(expressionsOf);
    case "object":
      return value.entries.flatMap(([, item]) => expressionsOf(item));
  }
}
function shorten(text) {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

// src/core/arazzo/criterion.ts
var import_json_p3 = __toESM(require_json_p3_cjs(), 1);

// src/core/arazzo/simple-condition.ts
var OPERATORS = ["&&", "||", "==", "!=", "<=", ">=", "<", ">", "!", "(", ")", "[", "]"];
var EXPRESSION_END = /[\s=!<>&|()[\]]/;
function parseCondition(text) {
  let body = text.trim();
  if (/^\{\$[^{}]*\}$/.test(body) && /[\s=!<>&|]/.test(body)) body = body.slice(1, -1);
  const tokens = tokenize(body);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];
  const isOp = (text2) => {
    const token = peek();
    return token.type === "op" && token.text === text2;
  };
  const expect = (text2) => {
    const token = next();
    if (token.type !== "op" || token.text !== text2) throw new ExpressionSyntaxError(`expected '${text2}'`, token.at);
  };
  const parseOr = () => {
    let left = parseAnd();
    while (isOp("||")) {
      next();
      left = { kind: "logical", operator: "||", left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = () => {
    let left = parseComparison();
    while (isOp("&&")) {
      next();
      left = { kind: "logical", operator: "&&", left, right: parseComparison() };
    }
    return left;
  };
  const parseComparison = () => {
    const left = parseUnary();
    const token = peek();
    if (token.type === "op" && ["==", "!=", "<", "<=", ">", ">="].includes(token.text)) {
      next();
      return { kind: "compare", operator: token.text, left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = () => {
    if (isOp("!")) {
      next();
      return { kind: "not", operand: parseUnary() };
    }
    let node = parsePrimary();
    while (isOp("[")) {
      next();
      const token = next();
      const index = token.type === "value" && token.node.kind === "literal" ? token.node.value : void 0;
      if (typeof index !== "number" && typeof index !== "string")
        throw new ExpressionSyntaxError("expected an index or a quoted name in [ ]", token.at);
      expect("]");
      node = { kind: "index", target: node, index };
    }
    return node;
  };
  const parsePrimary = () => {
    const token = next();
    if (token.type === "value") return token.node;
    if (token.type === "op" && token.text === "(") {
      const inner = parseOr();
      expect(")");
      return inner;
    }
    throw new ExpressionSyntaxError(
      token.type === "end" ? "the condition ends too early" : `unexpected '${token.text}'`,
      token.at
    );
  };
  const condition = parseOr();
  const rest = peek();
  if (rest.type !== "end")
    throw new ExpressionSyntaxError(
      `unexpected ${rest.type === "op" ? `'${rest.text}'` : "value"} after a complete condition`,
      rest.at
    );
  return condition;
}
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator) {
      tokens.push({ type: "op", text: operator, at: i });
      i += operator.length;
      continue;
    }
    if (char === "'") {
      let value = "";
      let j = i + 1;
      for (; ; ) {
        if (j >= text.length) throw new ExpressionSyntaxError("a string literal is not closed", i);
        if (text[j] === "'" && text[j + 1] === "'") {
          value += "'";
          j += 2;
        } else if (text[j] === "'") break;
        else value += text[j++];
      }
      tokens.push({ type: "value", node: { kind: "literal", value }, at: i });
      i = j + 1;
      continue;
    }
    if (char === "{" && text[i + 1] === "$") {
      const close = text.indexOf("}", i);
      if (close === -1) throw new ExpressionSyntaxError(`'{$' without a closing '}'`, i);
      tokens.push({ type: "value", node: expressionNode(text.slice(i + 1, close), i + 1), at: i });
      i = close + 1;
      continue;
    }
    if (char === "$") {
      let j = i + 1;
      while (j < text.length && !EXPRESSION_END.test(text[j])) j++;
      tokens.push({ type: "value", node: expressionNode(text.slice(i, j), i), at: i });
      i = j;
      continue;
    }
    const word = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![\w$])/.exec(text.slice(i));
    if (word?.[1]) {
      const raw = word[1];
      const value = raw === "true" ? true : raw === "false" ? false : raw === "null" ? null : Number(raw);
      tokens.push({ type: "value", node: { kind: "literal", value }, at: i });
      i += raw.length;
      continue;
    }
    throw new ExpressionSyntaxError(
      `unexpected '${text.slice(i, i + 12)}' (strings need single quotes: 'text'; expressions start with $)`,
      i
    );
  }
  tokens.push({ type: "end", at: text.length });
  return tokens;
}
function expressionNode(text, offset) {
  try {
    return { kind: "expression", expression: parseRuntimeExpression(text) };
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) throw new ExpressionSyntaxError(error.message, offset + error.offset);
    throw error;
  }
}
function evaluateCondition(condition, context) {
  switch (condition.kind) {
    case "literal":
      return condition.value;
    case "expression":
      return evaluateExpression(condition.expression, context);
    case "index": {
      const target = evaluateCondition(condition.target, context);
      const key = String(condition.index);
      if (target === null || typeof target !== "object" || !Object.hasOwn(target, key)) {
        throw new UnresolvedExpressionError(`[${JSON.stringify(condition.index)}] reaches no value`);
      }
      return target[key];
    }
    case "not":
      return !isTruthy(evaluateCondition(condition.operand, context));
    case "logical": {
      const left = isTruthy(evaluateCondition(condition.left, context));
      if (condition.operator === "&&" ? !left : left) return left;
      return isTruthy(evaluateCondition(condition.right, context));
    }
    case "compare":
      return compare(
        condition.operator,
        evaluateCondition(condition.left, context),
        evaluateCondition(condition.right, context)
      );
  }
}
function isTruthy(value) {
  return !(value === false || value === null || value === void 0 || value === 0 || value === "");
}
function compare(operator, left, right) {
  if (operator === "==") return looselyEqual(left, right);
  if (operator === "!=") return !looselyEqual(left, right);
  const a = asNumber(left);
  const b = asNumber(right);
  let order;
  if (a !== void 0 && b !== void 0) order = a - b;
  else if (typeof left === "string" && typeof right === "string")
    order = left.toLowerCase().localeCompare(right.toLowerCase());
  else return false;
  if (operator === "<") return order < 0;
  if (operator === "<=") return order <= 0;
  if (operator === ">") return order > 0;
  return order >= 0;
}
function looselyEqual(left, right) {
  if (typeof left === "string" && typeof right === "string") return left.toLowerCase() === right.toLowerCase();
  const a = asNumber(left);
  const b = asNumber(right);
  if (a !== void 0 && b !== void 0 && (typeof left === "number" || typeof right === "number")) return a === b;
  if (typeof left === "boolean" && typeof right === "string") return String(left) === right.toLowerCase();
  if (typeof right === "boolean" && typeof left === "string") return String(right) === left.toLowerCase();
  if (left !== null && right !== null && typeof left === "object" && typeof right === "object") {
    return JSON.stringify(left) === JSON.stringify(right);
  }
  return left === right;
}
function asNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return void 0;
}

// src/core/arazzo/criterion.ts
function compileCriterion(raw, pointer, problems, unsupported) {
  const type = raw.type ?? "simple";
  const at = `${pointer}/condition`;
  if (type === "xpath") {
    unsupported.push({
      pointer: `${pointer}/type`,
      message: "xpath criteria are not supported (mockforge has no XPath engine); use a regex or jsonpath criterion"
    });
    return void 0;
  }
  if (type === "simple") {
    let condition;
    try {
      condition = parseCondition(raw.condition);
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      problems.push({
        pointer: at,
        message: `bad condition '${raw.condition}': ${error.message} (at character ${error.offset + 1})`
      });
      return void 0;
    }
    return {
      pointer,
      text: raw.condition,
      test: (context) => outcome(() => isTruthy(evaluateCondition(condition, context)), `${raw.condition} is false`)
    };
  }
  const contextExpression = compileExpressionField(raw.context ?? "", `${pointer}/context`, problems);
  if (!contextExpression) return void 0;
  if (type === "regex") return compileRegex(raw, pointer, contextExpression, problems);
  return compileJsonPath(raw, pointer, contextExpression, problems);
}
function compileRegex(raw, pointer, context, problems) {
  const literal = /^\/(.*)\/([dgimsuy]*)$/s.exec(raw.condition);
  let regex;
  try {
    regex = literal ? new RegExp(literal[1], literal[2].replace("g", "")) : new RegExp(raw.condition);
  } catch (error) {
    problems.push({
      pointer: `${pointer}/condition`,
      message: `bad regex '${raw.condition}': ${error.message}`
    });
    return void 0;
  }
  return {
    pointer,
    text: `${context.text} matches ${raw.condition}`,
    test: (values) => outcome(() => {
      const value = evaluateExpression(context, values);
      return regex.test(asText(value));
    }, `${context.text} does not match ${raw.condition}`)
  };
}
function compileJsonPath(raw, pointer, context, problems) {
  let template;
  try {
    template = parseTemplate(raw.condition);
    import_json_p3.jsonpath.compile(template.map((part) => typeof part === "string" ? part : "0").join(""));
  } catch (error) {
    problems.push({
      pointer: `${pointer}/condition`,
      message: `bad JSONPath '${raw.condition}': ${error.message}`
    });
    return void 0;
  }
  return {
    pointer,
    text: `${context.text} jsonpath ${raw.condition}`,
    test: (values) => outcome(() => {
      const path = template.map(
        (part) => typeof part === "string" ? part : JSON.stringify(evaluateExpression(part, values)) ?? "null"
      ).join("");
      return import_json_p3.jsonpath.query(path, [evaluateExpression(context, values)]).values().length > 0;
    }, `${raw.condition} selects nothing in ${context.text}`)
  };
}
function outcome(run, whenFalse) {
  try {
    return run() ? { passed: true } : { passed: false, reason: whenFalse };
  } catch (error) {
    if (error instanceof UnresolvedExpressionError) return { passed: false, reason: error.message };
    return { passed: false, reason: error.message };
  }
}

// src/core/arazzo/compile-parts.ts
function compileParameters(list, pointer, context) {
  const out = [];
  for (const [index, item] of (list ?? []).entries()) {
    const at = appendPointer(pointer, index);
    let parameter = item;
    let valuePointer = appendPointer(at, "value");
    if (typeof item.reference === "string") {
      const found = component(context, "parameters", item.reference, appendPointer(at, "reference"));
      if (!found) continue;
      parameter = "value" in item ? { ...found.value, value: item.value } : found.value;
      if (!("value" in item)) valuePointer = appendPointer(found.pointer, "value");
    }
    out.push({
      name: String(parameter.name),
      ...parameter.in !== void 0 ? { in: parameter.in } : {},
      value: compileValue(parameter.value, valuePointer, context.problems),
      pointer: at
    });
  }
  return out;
}
function mergeParameters(workflow, step) {
  const key = (p) => `${p.in ?? ""}:${p.in === "header" ? p.name.toLowerCase() : p.name}`;
  const own = new Set(step.map(key));
  return [...workflow.filter((p) => !own.has(key(p))), ...step];
}
function compileCriteria(list, pointer, context) {
  return (list ?? []).flatMap((raw, index) => {
    const compiled2 = compileCriterion(
      raw,
      appendPointer(pointer, index),
      context.problems,
      context.unsupported
    );
    return compiled2 ? [compiled2] : [];
  });
}
function compileActions(list, pointer, kind, stepIds, context) {
  const out = [];
  for (const [index, item] of (list ?? []).entries()) {
    let at = appendPointer(pointer, index);
    let action = item;
    if (typeof item.reference === "string") {
      const found = component(context, kind, item.reference, appendPointer(at, "reference"));
      if (!found) continue;
      action = found.value;
      at = found.pointer;
    }
    const planned = {
      name: String(action.name),
      type: action.type,
      retryLimit: typeof action.retryLimit === "number" ? action.retryLimit : 1,
      criteria: compileCriteria(action.criteria, appendPointer(at, "criteria"), context),
      pointer: at
    };
    if (typeof action.retryAfter === "number") planned.retryAfterSeconds = action.retryAfter;
    if (typeof action.stepId === "string") {
      if (!stepIds.includes(action.stepId)) {
        context.problems.push({
          pointer: appendPointer(at, "stepId"),
          message: `action '${planned.name}' names step '${action.stepId}', which this workflow does not have (steps: ${stepIds.join(", ")})`
        });
      }
      planned.stepId = action.stepId;
    }
    if (typeof action.workflowId === "string") {
      const key = workflowKey(action.workflowId, appendPointer(at, "workflowId"), context);
      if (key) planned.workflowId = key;
    }
    out.push(planned);
  }
  return out;
}
function mergeActions(workflow, step) {
  const names = new Set(step.map((a) => a.name));
  return [...step, ...workflow.filter((a) => !names.has(a.name))];
}
function compileBody(raw, pointer, context) {
  if (!raw) return void 0;
  const replacements = [];
  for (const [index, item] of (raw.replacements ?? []).entries()) {
    const at = appendPointer(pointer, "replacements", index);
    const target = String(item.target);
    if (!target.startsWith("/") && target !== "" || /xml/i.test(String(raw.contentType ?? ""))) {
      context.unsupported.push({
        pointer: appendPointer(at, "target"),
        message: `replacement target '${target}' is not a JSON pointer; XPath targets are not supported`
      });
      continue;
    }
    replacements.push({
      target: parsePointer(target),
      targetText: target,
      value: compileValue(item.value, appendPointer(at, "value"), context.problems),
      pointer: at
    });
  }
  const contentType = typeof raw.contentType === "string" ? raw.contentType : void 0;
  if (contentType && /^multipart\//i.test(contentType)) {
    context.unsupported.push({
      pointer: appendPointer(pointer, "contentType"),
      message: `${contentType} payloads are not supported (JSON, form-urlencoded and text are)`
    });
  }
  return {
    ...contentType ? { contentType } : {},
    payload: compileValue(jsonTemplate(raw.payload, contentType), appendPointer(pointer, "payload"), context.problems),
    hasPayload: "payload" in raw,
    replacements,
    pointer
  };
}
function jsonTemplate(payload, contentType) {
  if (typeof payload !== "string" || contentType && !/json/i.test(contentType) || !/^\s*[[{]/.test(payload))
    return payload;
  try {
    return JSON.parse(payload);
  } catch {
    return payload;
  }
}
function compileOutputs(raw, pointer, context) {
  return Object.entries(raw ?? {}).map(([name, value]) => {
    const at = appendPointer(pointer, name);
    return { name, expression: compileValue(value, at, context.problems), pointer: at };
  });
}
function workflowKey(reference, pointer, context) {
  if (context.workflowKeys.has(reference)) return reference;
  const known = [...context.workflowKeys];
  context.problems.push({
    pointer,
    message: `no workflow '${reference}' (workflows: ${known.join(", ")}; one of an arazzo source is $sourceDescriptions.<name>.<workflowId>)`
  });
  return void 0;
}
function component(context, kind, reference, pointer) {
  const prefix = `$components.${kind}.`;
  const name = reference.startsWith(prefix) ? reference.slice(prefix.length) : void 0;
  const value = name === void 0 ? void 0 : context.raw.components?.[kind]?.[name];
  if (name === void 0 || value === void 0) {
    const known = Object.keys(context.raw.components?.[kind] ?? {});
    context.problems.push({
      pointer,
      message: `reference '${reference}' leads nowhere: expected ${prefix}<name>${known.length > 0 ? ` (defined: ${known.join(", ")})` : ` (components.${kind} is empty)`}`
    });
    return void 0;
  }
  return { value, pointer: appendPointer("/components", kind, name) };
}

// src/core/arazzo/reference-warnings.ts
function findReferenceProblems(value, steps, declaredInputs) {
  return expressionsOf(value).flatMap((expression) => check(expression, steps, declaredInputs));
}
function check(expression, steps, inputs) {
  if (expression.root === "inputs" && inputs && inputs.length > 0) {
    const name2 = expression.name.split("#", 1)[0] ?? "";
    return longest(name2, inputs) ? [] : [`${expression.text}: the workflow declares no input '${name2}' (inputs: ${inputs.join(", ")})`];
  }
  if (expression.root !== "steps") return [];
  const name = expression.name.split("#", 1)[0] ?? "";
  const stepId = longest(
    name,
    steps.map((s) => s.stepId)
  );
  if (!stepId) return [`${expression.text}: this workflow has no step '${name.split(".")[0]}'`];
  const rest = name.slice(stepId.length + 1);
  if (!rest.startsWith("outputs.")) return [`${expression.text}: expected $steps.${stepId}.outputs.<name>`];
  const outputs = steps.find((s) => s.stepId === stepId)?.outputs ?? [];
  const output = rest.slice("outputs.".length);
  return longest(output, outputs) ? [] : [
    `${expression.text}: step ${stepId} has no output '${output}'${outputs.length > 0 ? ` (outputs: ${outputs.join(", ")})` : ""}`
  ];
}
function longest(text, candidates) {
  return candidates.filter((c) => text === c || text.startsWith(`${c}.`)).sort((a, b) => b.length - a.length)[0];
}

// src/core/arazzo/resolve-operation.ts
function resolveOperation(step, sources) {
  if (step.operationId !== void 0) {
    const qualified = /^\$sourceDescriptions\.([^.]+)\.(.+)$/.exec(step.operationId);
    if (qualified) {
      const [, name3, operationId] = qualified;
      const source3 = sources.get(name3);
      if (!source3) return unknownSource(name3, sources, "operationId");
      return byOperationId(operationId, name3, source3);
    }
    if (step.operationId.startsWith("$")) {
      return {
        problem: `operationId '${step.operationId}' is neither an operationId nor $sourceDescriptions.<name>.<operationId>`,
        field: "operationId"
      };
    }
    const holders = [...sources].filter(
      ([, s]) => s.contract.operations.some((o) => o.operationId === step.operationId)
    );
    if (holders.length > 1) {
      return {
        problem: `operationId '${step.operationId}' is in several sources (${holders.map(([n]) => n).join(", ")}): write $sourceDescriptions.<name>.${step.operationId}`,
        field: "operationId"
      };
    }
    const [name2, source2] = holders[0] ?? [...sources][0] ?? [];
    if (!source2 || name2 === void 0)
      return { problem: "the document has no openapi source description", field: "operationId" };
    return byOperationId(step.operationId, name2, source2);
  }
  const path = step.operationPath ?? "";
  const match = /^\{\$sourceDescriptions\.([^.}]+)\.url\}#(.*)$/.exec(path);
  if (!match) {
    return {
      problem: `operationPath '${path}' must be {$sourceDescriptions.<name>.url}#<JSON pointer to an operation>`,
      field: "operationPath"
    };
  }
  const [, name, pointer] = match;
  const source = sources.get(name);
  if (!source) return unknownSource(name, sources, "operationPath");
  let segments;
  try {
    segments = parsePointer(pointer);
  } catch {
    return { problem: `operationPath '${path}': '#${pointer}' is not a JSON pointer`, field: "operationPath" };
  }
  const [paths, template, method] = segments;
  const operation = source.contract.operations.find((o) => o.path === template && o.method === method?.toLowerCase());
  if (paths === "paths" && operation) return { resolved: operation, sourceName: name, service: source.service };
  const hint = paths === "paths" && template && !method ? ` (it points at a path item; add the method, e.g. #${pointer}/get)` : "";
  return {
    error: `operationPath ${path} points at no operation of ${source.contract.file}${hint}`,
    sourceName: name,
    service: source.service
  };
}
function byOperationId(operationId, name, source) {
  const operation = source.contract.operations.find((o) => o.operationId === operationId);
  if (operation) return { resolved: operation, sourceName: name, service: source.service };
  const ids = source.contract.operations.map((o) => o.operationId).filter((id) => id !== void 0);
  const guess = didYouMean(operationId, ids);
  return {
    error: `source ${name} has no operation '${operationId}'${guess ? `; did you mean '${guess}'? (operationIds are case-sensitive)` : ""}`,
    sourceName: name,
    service: source.service
  };
}
function unknownSource(name, sources, field) {
  const guess = didYouMean(name, [...sources.keys()]);
  return {
    problem: `no openapi source description named '${name}'${guess ? `; did you mean '${guess}'?` : ` (there are: ${[...sources.keys()].join(", ")})`}`,
    field
  };
}

// src/core/arazzo/compile-workflow.ts
var ANY_STATUS = { text: "any", ranges: [[100, 599]] };
function compileWorkflow(raw, index, document, context) {
  const pointer = appendPointer("/workflows", index);
  const stepIds = raw.steps.map((s) => String(s.stepId));
  const outline = raw.steps.map((s) => ({
    stepId: String(s.stepId),
    outputs: Object.keys(s.outputs ?? {})
  }));
  const refProblems = [];
  const inputsSchema = raw.inputs === void 0 ? void 0 : inlineInputRefs(raw.inputs, context.raw, refProblems);
  for (const message of refProblems) context.problems.push({ pointer: appendPointer(pointer, "inputs"), message });
  const inputNames = [...inputProperties(inputsSchema).keys()];
  const workflowParameters = compileParameters(raw.parameters, appendPointer(pointer, "parameters"), context);
  const success = compileActions(
    raw.successActions,
    appendPointer(pointer, "successActions"),
    "successActions",
    stepIds,
    context
  );
  const failure = compileActions(
    raw.failureActions,
    appendPointer(pointer, "failureActions"),
    "failureActions",
    stepIds,
    context
  );
  const timeout = timeoutOf(
    raw,
    pointer,
    timeoutOf(context.raw, "", context.defaultTimeoutMs, context),
    context
  );
  const locate = (p) => context.locate(p);
  const steps = raw.steps.map((step, stepIndex) => {
    const at = appendPointer(pointer, "steps", stepIndex);
    const plan = {
      stepId: String(step.stepId),
      reference: typeof step.workflowId === "string" ? "workflowId" : typeof step.operationId === "string" ? "operationId" : "operationPath",
      parameters: mergeParameters(
        workflowParameters,
        compileParameters(step.parameters, appendPointer(at, "parameters"), context)
      ),
      criteria: compileCriteria(
        step.successCriteria,
        appendPointer(at, "successCriteria"),
        context
      ),
      outputs: compileOutputs(
        step.outputs,
        appendPointer(at, "outputs"),
        context
      ),
      onSuccess: mergeActions(
        success,
        compileActions(
          step.onSuccess,
          appendPointer(at, "onSuccess"),
          "successActions",
          stepIds,
          context
        )
      ),
      onFailure: mergeActions(
        failure,
        compileActions(
          step.onFailure,
          appendPointer(at, "onFailure"),
          "failureActions",
          stepIds,
          context
        )
      ),
      warnings: []
    };
    const body = compileBody(step.requestBody, appendPointer(at, "requestBody"), context);
    if (body) plan.body = body;
    let service = "";
    let method = "GET";
    let path = "";
    if (typeof step.workflowId === "string") {
      const key = workflowKey(step.workflowId, appendPointer(at, "workflowId"), context);
      if (key) plan.workflowCall = key;
      plan.parameters = plan.parameters.filter((p) => p.in === void 0);
    } else {
      plan.parameters = checkLocations(plan.parameters, context);
      const resolution = resolveOperation(step, context.sources);
      if ("problem" in resolution) {
        context.problems.push({ pointer: appendPointer(at, resolution.field), message: resolution.problem });
      } else {
        service = resolution.service ?? "";
        if ("resolved" in resolution) {
          const contract = context.sources.get(resolution.sourceName)?.contract;
          plan.operation = {
            resolved: resolution.resolved,
            sourceName: resolution.sourceName,
            document: contract?.document ?? {}
          };
          method = resolution.resolved.method.toUpperCase();
          path = `${contract?.basePath ?? ""}${resolution.resolved.path}`;
        } else {
          plan.operation = { error: resolution.error };
        }
      }
    }
    plan.warnings = [
      ...referenceWarnings(plan, body, outline, inputNames, at, locate),
      ...undeclaredParameters(plan, locate)
    ];
    return {
      index: stepIndex,
      name: plan.stepId,
      service,
      request: { method, path, query: {}, headers: {}, hasBody: body?.hasPayload ?? false },
      response: { status: ANY_STATUS, headers: {}, hasBody: false },
      capture: {},
      match: "subset",
      timeoutMs: timeoutOf(step, at, timeout, context),
      pointer: at,
      location: locate(appendPointer(at, "stepId")),
      arazzo: plan
    };
  });
  const dependsOn = (raw.dependsOn ?? []).flatMap((reference, i) => {
    const key = workflowKey(reference, appendPointer(pointer, "dependsOn", i), context);
    return key ? [key] : [];
  });
  return {
    file: context.file,
    name: raw.workflowId,
    description: raw.summary ?? raw.description ?? "",
    steps,
    locate,
    arazzo: {
      workflowId: raw.workflowId,
      key: raw.workflowId,
      document,
      ...inputsSchema ? { inputsSchema } : {},
      inputNames,
      validateInputs: compileInputValidator(inputsSchema),
      outputs: compileOutputs(raw.outputs, appendPointer(pointer, "outputs"), context),
      dependsOn,
      pointer,
      warnings: workflowWarnings(raw, outline, inputNames, pointer, locate, context)
    }
  };
}
function checkLocations(parameters, context) {
  return parameters.filter((parameter) => {
    if (parameter.in) return true;
    context.problems.push({
      pointer: parameter.pointer,
      message: `parameter '${parameter.name}' needs 'in' (path, query, header or cookie) in an operation step`
    });
    return false;
  });
}
function referenceWarnings(plan, body, outline, inputs, at, locate) {
  const values = [
    ...plan.parameters.map((p) => [p.value, p.pointer]),
    ...body ? [[body.payload, appendPointer(body.pointer, "payload")]] : [],
    ...(body?.replacements ?? []).map((r) => [r.value, r.pointer]),
    // a workflow step's outputs read the called workflow's $outputs; its own are checked like any other
    ...plan.outputs.map((o) => [o.expression, o.pointer])
  ];
  return values.flatMap(
    ([value, pointer]) => findReferenceProblems(value, outline, plan.workflowCall ? void 0 : inputs).map(
      (message) => ({ kind: "variable", severity: "warning", message, location: locate(pointer || at) })
    )
  );
}
function undeclaredParameters(plan, locate) {
  if (!plan.operation || !("resolved" in plan.operation)) return [];
  const operation = plan.operation.resolved;
  const same = (a, b, location) => location === "header" ? a.toLowerCase() === b.toLowerCase() : a === b;
  return plan.parameters.flatMap((parameter) => {
    const declared = operation.parameters.filter((p) => p.in === parameter.in).map((p) => String(p.name));
    if (declared.some((name) => same(name, parameter.name, parameter.in ?? ""))) return [];
    const guess = didYouMean(parameter.name, declared);
    return [
      {
        kind: "contract-request",
        severity: "warning",
        message: `${operation.method.toUpperCase()} ${operation.path} declares no ${parameter.in} parameter '${parameter.name}'${guess ? `; did you mean '${guess}'?` : declared.length > 0 ? ` (it declares: ${declared.join(", ")})` : ""}`,
        location: locate(parameter.pointer)
      }
    ];
  });
}
function workflowWarnings(raw, outline, inputs, pointer, locate, context) {
  return compileOutputs(raw.outputs, appendPointer(pointer, "outputs"), { ...context, problems: [] }).flatMap(
    (output) => findReferenceProblems(output.expression, outline, inputs).map(
      (message) => ({ kind: "output", severity: "warning", message, location: locate(output.pointer) })
    )
  );
}
function timeoutOf(raw, pointer, fallback, context) {
  const value = raw["x-mockforge-timeout"];
  if (value === void 0) return fallback;
  const ms = parseTimeout(value);
  if (Number.isFinite(ms) && ms > 0) return ms;
  context.problems.push({
    pointer: appendPointer(pointer, "x-mockforge-timeout"),
    message: `x-mockforge-timeout ${JSON.stringify(value)} is not a timeout (milliseconds, or "500ms" / "2s")`
  });
  return fallback;
}

// src/core/arazzo/validate-arazzo-shape.ts
var import__2 = __toESM(require__(), 1);
var import_ajv_formats2 = __toESM(require_dist(), 1);

// src/core/arazzo/schema/schema-1.0.yaml
var schema_1_0_default = `$id: "https://spec.openapis.org/arazzo/1.0/schema/2024-08-01"
$schema: "https://json-schema.org/draft/2020-12/schema"
description: |-
  The description of Arazzo v1.0.x documents
type: object
properties:
  arazzo:
    description: The version number of the Arazzo Specification
    type: string
    pattern: '^1\\.0\\.\\d+(-.+)?$'
  info:
    $ref: "#/$defs/info"
  sourceDescriptions:
    description: A list of source descriptions such as Arazzo or OpenAPI
    type: array
    uniqueItems: true
    minItems: 1
    items:
      $ref: "#/$defs/source-description-object"
  workflows:
    description: A list of workflows
    type: array
    uniqueItems: true
    minItems: 1
    items:
      $ref: "#/$defs/workflow-object"
  components:
    $ref: "#/$defs/components-object"
required:
  - arazzo
  - info
  - sourceDescriptions
  - workflows
$ref: "#/$defs/specification-extensions"
unevaluatedProperties: false
$defs:
  info:
    $comment: https://spec.openapis.org/arazzo/v1.0#info-object
    description: Provides metadata about the Arazzo description
    type: object
    properties:
      title:
        description: A human readable title of the Arazzo Description
        type: string
      summary:
        description: A short summary of the Arazzo Description
        type: string
      description:
        description: A description of the purpose of the workflows defined. CommonMark syntax MAY be used for rich text representation
        type: string
      version:
        description: The version identifier of the Arazzo document (which is distinct from the Arazzo Specification version)
        type: string
    required:
      - title
      - version
    $ref: "#/$defs/specification-extensions"
    unevaluatedProperties: false
  source-description-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#source-description-object
    description: |-
      Describes a source description (such as an OpenAPI description)
      that will be referenced by one or more workflows described within
      an Arazzo description
    type: object
    properties:
      name:
        description: A unique name for the source description
        type: string
        pattern: '^[A-Za-z0-9_\\-]+$'
      url:
        description: A URL to a source description to be used by a workflow
        type: string
        format: uri-reference
      type:
        description: The type of source description
        enum:
          - arazzo
          - openapi
    required:
      - name
      - url
    $ref: "#/$defs/specification-extensions"
    unevaluatedProperties: false
  workflow-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#workflow-object
    description: Describes the steps to be taken across one or more APIs to achieve an objective
    type: object
    properties:
      workflowId:
        description: Unique string to represent the workflow
        $anchor: workflowId
        type: string
      summary:
        description: A summary of the purpose or objective of the workflow
        type: string
      description:
        description: A description of the workflow. CommonMark syntax MAY be used for rich text representation
        type: string
      inputs:
        description: A JSON Schema 2020-12 object representing the input parameters used by this workflow
        $ref: "#/$defs/schema"
      dependsOn:
        description: A list of workflows that MUST be completed before this workflow can be processed
        type: array
        uniqueItems: true
        items:
          type: string
      steps:
        description: An ordered list of steps where each step represents a call to an API operation or to another workflow
        type: array
        uniqueItems: true
        minItems: 1
        items:
          $ref: "#/$defs/step-object"
      successActions:
        description: A list of success actions that are applicable for all steps described under this workflow
        type: array
        uniqueItems: true
        items:
          oneOf:
            - $ref: "#/$defs/success-action-object"
            - $ref: "#/$defs/reusable-object"
      failureActions:
        description: A list of failure actions that are applicable for all steps described under this workflow
        type: array
        uniqueItems: true
        items:
          oneOf:
            - $ref: "#/$defs/failure-action-object"
            - $ref: "#/$defs/reusable-object"
      outputs:
        description: A map between a friendly name and a dynamic output value
        type: object
        patternProperties:
          '^[a-zA-Z0-9\\.\\-_]+$':
            type: string
      parameters:
        description: A list of parameters that are applicable for all steps described under this workflow
        type: array
        uniqueItems: true
        items:
          oneOf:
            - $ref: "#/$defs/parameter-object"
            - $ref: "#/$defs/reusable-object"
    required:
      - workflowId
      - steps
    $ref: "#/$defs/specification-extensions"
    unevaluatedProperties: false
  step-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#step-object'
    description: |-
      Describes a single workflow step which MAY be a call to an
      API operation (OpenAPI Operation Object or another Workflow Object)
    type: object
    properties:
      stepId:
        description: Unique string to represent the step
        $anchor: stepId
        type: string
      description:
        description: A description of the step. CommonMark syntax MAY be used for rich text representation
        type: string
      operationId:
        description: The name of an existing, resolvable operation, as defined with a unique operationId and existing within one of the sourceDescriptions
        type: string
      operationPath:
        description: A reference to a Source combined with a JSON Pointer to reference an operation
        type: string
      workflowId:
        description: The workflowId referencing an existing workflow within the Arazzo description
        $ref: "#workflowId"
      parameters:
        description: A list of parameters that MUST be passed to an operation or workflow as referenced by operationId, operationPath, or workflowId
        type: array
        uniqueItems: true
        items: true
      requestBody:
        $ref: "#/$defs/request-body-object"
      successCriteria:
        description: A list of assertions to determine the success of the step
        type: array
        uniqueItems: true
        minItems: 1
        items:
          $ref: "#/$defs/criterion-object"
      onSuccess:
        description: An array of success action objects that specify what to do upon step success
        type: array
        uniqueItems: true
        items:
          oneOf:
            - $ref: "#/$defs/success-action-object"
            - $ref: "#/$defs/reusable-object"
      onFailure:
        description: An array of failure action objects that specify what to do upon step failure
        type: array
        uniqueItems: true
        items:
          oneOf:
            - $ref: "#/$defs/failure-action-object"
            - $ref: "#/$defs/reusable-object"
      outputs:
        description: A map between a friendly name and a dynamic output value defined using a runtime expression
        type: object
        patternProperties:
          '^[a-zA-Z0-9\\.\\-_]+$':
            type: string
    required:
      - stepId
    oneOf:
      - required:
          - operationId
      - required:
          - operationPath
      - required:
          - workflowId
    allOf:
      - if:
          oneOf:
            - required:
                - operationPath
            - required:
                - operationId
        then:
          properties:
            parameters:
              items:
                oneOf:
                  - $ref: "#/$defs/reusable-object"
                  - $ref: "#/$defs/parameter-object"
                    required:
                      - in
      - if:
          required:
            - workflowId
        then:
          properties:
            parameters:
              items:
                oneOf:
                  - $ref: "#/$defs/parameter-object"
                  - $ref: "#/$defs/reusable-object"
    $ref: "#/$defs/specification-extensions"
    unevaluatedProperties: false
  request-body-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#request-body-object
    description: The request body to pass to an operation as referenced by operationId or operationPath
    type: object
    properties:
      contentType:
        description: The Content-Type for the request content
        type: string
      payload: true
      replacements:
        description: A list of locations and values to set within a payload
        type: array
        uniqueItems: true
        items:
          $ref: "#/$defs/payload-replacement-object"
    $ref: "#/$defs/specification-extensions"
    unevaluatedProperties: false
  criterion-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#criterion-object
    description: |-
      An object used to specify the context, conditions, and condition types
      that can be used to prove or satisfy assertions specified in Step Object successCriteria,
      Success Action Object criteria, and Failure Action Object criteria
    type: object
    properties:
      context:
        description: A runtime expression used to set the context for the condition to be applied on
        type: string
      condition:
        description: The condition to apply
        type: string
    anyOf:
      - type: object
        properties:
          type:
            description: The type of condition to be applied
            enum:
              - simple
              - regex
              - jsonpath
              - xpath
            default: simple
      - $ref: "#/$defs/criterion-expression-type-object"
    required:
      - condition
    dependentRequired:
      type:
        - context
    $ref: "#/$defs/specification-extensions"
    unevaluatedProperties: false
  criterion-expression-type-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#criterion-expression-type-object
    description: An object used to describe the type and version of an expression used within a Criterion Object
    type: object
    properties:
      type:
        description: The type of condition to be applied
        enum:
          - jsonpath
          - xpath
      version:
        description: A short hand string representing the version of the expression type
        type: string
    required:
      - type
      - version
    allOf:
      - if:
          required:
            - type
          properties:
            type:
              const: jsonpath
        then:
          properties:
            version:
              const: draft-goessner-dispatch-jsonpath-00
      - if:
          required:
            - type
          properties:
            type:
              const: xpath
        then:
          properties:
            version:
              enum:
                - xpath-10
                - xpath-20
                - xpath-30
    $ref: "#/$defs/specification-extensions"
  success-action-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#success-action-object
    description: A single success action which describes an action to take upon success of a workflow step
    type: object
    properties:
      name:
        description: The name of the success action
        type: string
      type:
        description: The type of action to take
        enum:
          - end
          - goto
      workflowId:
        description: The workflowId referencing an existing workflow within the Arazzo description to transfer to upon success of the step
        $ref: "#workflowId"
      stepId:
        description: The stepId to transfer to upon success of the step
        $ref: "#stepId"
      criteria:
        description: A list of assertions to determine if this action SHALL be executed
        type: array
        uniqueItems: true
        minItems: 1
        items:
          $ref: "#/$defs/criterion-object"
    allOf:
      - if:
          properties:
            type:
              const: goto
        then:
          oneOf:
            - required:
                - workflowId
            - required:
                - stepId
    required:
      - name
      - type
    $ref: "#/$defs/specification-extensions"
    unevaluatedProperties: false
  failure-action-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#failure-action-object
    description: A single failure action which describes an action to take upon failure of a workflow step
    type: object
    properties:
      name:
        description: The name of the failure action
        type: string
      type:
        description: The type of action to take
        enum:
          - end
          - goto
          - retry
      workflowId:
        description: The workflowId referencing an existing workflow within the Arazzo description to transfer to upon failure of the step
        $ref: "#workflowId"
      stepId:
        description: The stepId to transfer to upon failure of the step
        $ref: "#stepId"
      retryAfter:
        description: A non-negative decimal indicating the seconds to delay after the step failure before another attempt SHALL be made
        type: number
        minimum: 0
      retryLimit:
        description: A non-negative integer indicating how many attempts to retry the step MAY be attempted before failing the overall step
        type: integer
        minimum: 0
      criteria:
        description: A list of assertions to determine if this action SHALL be executed
        type: array
        uniqueItems: true
        items:
          $ref: "#/$defs/criterion-object"
    allOf:
      - if:
          properties:
            type:
              enum:
                - goto
                - retry
        then:
          oneOf:
            - required:
                - workflowId
            - required:
                - stepId
      - if:
          properties:
            type:
              const: retry
        then:
          required:
            - retryAfter
    required:
      - name
      - type
    $ref: "#/$defs/specification-extensions"
    unevaluatedProperties: false
  reusable-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#reusable-object
    description: A simple object to allow referencing of objects contained within the Components Object
    type: object
    properties:
      reference:
        description: A runtime expression used to reference the desired object
        type: string
      value:
        description: Sets a value of the referenced parameter
        type:
          - string
          - boolean
          - object
          - array
          - number
          - "null"
    required:
      - reference
    unevaluatedProperties: false
  parameter-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#parameter-object
    description: Describes a single step parameter
    type: object
    properties:
      name:
        description: The name of the parameter
        type: string
      in:
        description: The named location of the parameter
        enum:
          - path
          - query
          - header
          - cookie
      value:
        description: The value to pass in the parameter
        type:
          - string
          - boolean
          - object
          - array
          - number
          - "null"
    required:
      - name
      - value
    $ref: "#/$defs/specification-extensions"
    unevaluatedProperties: false
  payload-replacement-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#payload-replacement-object
    description: Describes a location within a payload (e.g., a request body) and a value to set within the location
    type: object
    properties:
      target:
        description: A JSON Pointer or XPath Expression which MUST be resolved against the request body
        type: string
      value:
        description: The value set within the target location
        type: string
    required:
      - target
      - value
    unevaluatedProperties: false
    $ref: "#/$defs/specification-extensions"
  components-object:
    $comment: https://spec.openapis.org/arazzo/v1.0#components-object
    description: Holds a set of reusable objects for different aspects of the Arazzo Specification
    type: object
    properties:
      inputs:
        description: An object to hold reusable JSON Schema 2020-12 schemas to be referenced from workflow inputs
        type: object
        additionalProperties:
          $ref: "#/$defs/schema"
      parameters:
        description: An object to hold reusable Parameter Objects
        type: object
        additionalProperties:
          $ref: "#/$defs/parameter-object"
      successActions:
        description: An object to hold reusable Success Actions Objects
        type: object
        additionalProperties:
          $ref: "#/$defs/success-action-object"
      failureActions:
        description: An object to hold reusable Failure Actions Objects
        type: object
        additionalProperties:
          $ref: "#/$defs/failure-action-object"
    patternProperties:
      "^(inputs|parameters|successActions|failureActions)$":
        $comment: Enumerating all of the property names in the regex is necessary for unevaluatedProperties to work as expected
        propertyNames:
          pattern: '^[a-zA-Z0-9\\.\\-_]+$'
    unevaluatedProperties: false
    $ref: "#/$defs/specification-extensions"
  specification-extensions:
    $comment: https://spec.openapis.org/arazzo/v1.0#specification-extensions
    description: While the Arazzo Specification tries to accommodate most use cases, additional data can be added to extend the specification at certain points
    patternProperties:
      "^x-": true
  schema:
    $comment: https://spec.openapis.org/arazzo/v1.0#schema-object
    $ref: "https://json-schema.org/draft/2020-12/schema"
`;

// src/core/arazzo/validate-arazzo-shape.ts
var addFormats2 = import_ajv_formats2.default;
var compiled;
function validator() {
  if (!compiled) {
    const ajv2 = new import__2.Ajv2020({ allErrors: true, verbose: true, strict: false, logger: false });
    addFormats2(ajv2);
    compiled = ajv2.compile(load(schema_1_0_default));
  }
  return compiled;
}
function checkArazzoShape(value, locate) {
  const validate = validator();
  if (validate(value)) return [];
  const errors = simplify(validate.errors ?? [], value);
  if (errors.length === 0) return [];
  return describeSchemaErrors(errors, locate, {
    rootName: "the Arazzo document",
    describe: (error, where) => describeError(error, where)
  });
}
function simplify(errors, root) {
  const at = (pointer) => getAtPointer(root, pointer);
  const has = (pointer, key) => {
    const node = at(pointer);
    return typeof node === "object" && node !== null && key in node;
  };
  const meant = errors.filter((error) => {
    const path = error.instancePath;
    if (error.keyword === "if") return false;
    if (excusedRetry(error, at(path))) return false;
    if (REUSABLE_SLOT.test(path) && error.keyword !== "oneOf") {
      return error.schemaPath.includes("/reusable-object/") === has(path, "reference");
    }
    if (CRITERION.test(path) && !has(path, "version")) {
      if (error.keyword === "required" && error.params.missingProperty === "version") return false;
      if (error.schemaPath === "#/properties/type/enum") return false;
    }
    return true;
  });
  const said = new Set(meant.filter((e) => e.keyword !== "oneOf").map((e) => e.instancePath));
  const excused = new Set(errors.filter((e) => excusedRetry(e, at(e.instancePath))).map((e) => e.instancePath));
  const out = [];
  for (const error of meant) {
    if (error.keyword === "oneOf" && excused.has(error.instancePath) && !said.has(error.instancePath)) continue;
    if (STEP.test(error.instancePath) && /^#\/oneOf(\/\d+\/required)?$/.test(error.schemaPath)) {
      if (!out.some((e) => e.keyword === "stepKind" && e.instancePath === error.instancePath))
        out.push({ ...error, keyword: "stepKind", params: {} });
      continue;
    }
    if (error.keyword === "unevaluatedProperties") {
      const key = appendPointer(error.instancePath, String(error.params.unevaluatedProperty));
      if (meant.some((e) => e !== error && (e.instancePath === key || e.instancePath.startsWith(`${key}/`)))) continue;
    }
    out.push(error);
  }
  return out;
}
function excusedRetry(error, node) {
  if (!isObject(node) || node.type !== "retry") return false;
  if (!/^#\/allOf\/[01]\/then\//.test(error.schemaPath)) return false;
  const missing = String(error.params.missingProperty ?? "");
  return error.keyword === "oneOf" || ["stepId", "workflowId", "retryAfter"].includes(missing);
}
var STEP = /^\/workflows\/\d+\/steps\/\d+$/;
var CRITERION = /\/(successCriteria|criteria)\/\d+$/;
var REUSABLE_SLOT = /\/(parameters|onSuccess|onFailure|successActions|failureActions)\/\d+$/;
function describeError(error, where) {
  if (error.keyword === "unevaluatedProperties") {
    const key = String(error.params.unevaluatedProperty);
    return `unknown key '${key}' in ${where} (Arazzo 1.0 has no such field; extensions start with x-)`;
  }
  if (error.keyword === "stepKind") {
    return `${where} needs exactly one of operationId, operationPath or workflowId`;
  }
  if (error.keyword === "oneOf" && /\/(onSuccess|onFailure|successActions|failureActions)\/\d+$/.test(error.instancePath))
    return `${where} is neither an action (name, type) nor a reusable reference ({reference: $components...}); a goto needs exactly one of stepId or workflowId`;
  if (error.keyword === "oneOf" && /\/parameters\/\d+$/.test(error.instancePath)) {
    return `${where} is neither a parameter (name, in, value) nor a reusable reference ({reference: $components.parameters...})`;
  }
  if (error.keyword === "pattern" && error.instancePath === "/arazzo") {
    return `${where} ${JSON.stringify(error.data)} is not an Arazzo 1.0.x version (mockforge runs 1.0.x documents)`;
  }
  if (error.keyword === "enum") {
    return `${where} is ${JSON.stringify(error.data)}; expected one of: ${error.params.allowedValues.join(", ")}`;
  }
  if (error.keyword === "required" && ["stepId", "workflowId"].includes(String(error.params.missingProperty))) {
    return `${where} needs exactly one of stepId or workflowId (a goto action names where to go)`;
  }
  return void 0;
}

// src/core/arazzo/load-arazzo.ts
var MAX_ARAZZO_BYTES = 4 * 1024 * 1024;
var HINT = 'see "Arazzo workflows" in README.md for what mockforge runs';
function loadArazzo(file, options, source) {
  const plan = compileDocument(source ?? readSourceFile(file, { maxBytes: MAX_ARAZZO_BYTES }), options, []);
  return [...plan.workflows.entries()].filter(([key]) => !key.startsWith("$")).map(([, scenario]) => scenario);
}
function compileDocument(source, options, chain) {
  const known = options.registry.documents.get(source.file);
  if (known) return known;
  const locate = (pointer) => {
    const { exact: _exact, ...location } = source.locate(pointer);
    return location;
  };
  const shape = checkArazzoShape(source.value, locate);
  if (shape.length > 0) throw problemsError(ErrorCode.ArazzoInvalid, shape, HINT);
  const raw = source.value;
  const problems = [];
  const unsupported = [];
  const plan = {
    file: source.file,
    workflows: /* @__PURE__ */ new Map(),
    components: raw.components ?? {},
    sourceUrls: new Map(raw.sourceDescriptions.map((s) => [s.name, s.url]))
  };
  const sources = /* @__PURE__ */ new Map();
  const workflowKeys = /* @__PURE__ */ new Set();
  const foreign = [];
  checkUnique(
    raw.sourceDescriptions.map((s) => s.name),
    "/sourceDescriptions",
    "name",
    "source description",
    problems
  );
  checkUnique(
    raw.workflows.map((w) => w.workflowId),
    "/workflows",
    "workflowId",
    "workflowId",
    problems
  );
  for (const [index, workflow] of raw.workflows.entries()) {
    checkUnique(
      workflow.steps.map((s) => String(s.stepId)),
      appendPointer("/workflows", index, "steps"),
      "stepId",
      "stepId",
      problems
    );
    workflowKeys.add(workflow.workflowId);
  }
  for (const [index, description] of raw.sourceDescriptions.entries()) {
    const at = appendPointer("/sourceDescriptions", index);
    try {
      if (description.type === "arazzo") {
        const file = options.registry.resolveArazzoFile(description, source.file);
        if (chain.includes(file) || file === source.file) {
          problems.push({
            pointer: appendPointer(at, "url"),
            message: `arazzo sources form a cycle (${[...chain, source.file, file].join(" -> ")})`
          });
          continue;
        }
        const other = compileDocument(readSourceFile(file, { maxBytes: MAX_ARAZZO_BYTES }), options, [
          ...chain,
          source.file
        ]);
        for (const [key, scenario] of other.workflows) {
          if (key.startsWith("$")) continue;
          const qualified = `$sourceDescriptions.${description.name}.${key}`;
          workflowKeys.add(qualified);
          foreign.push([qualified, scenario]);
        }
      } else {
        sources.set(description.name, options.registry.resolveOpenApi(description, source.file));
      }
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      if (error.refused) {
        throw new MockforgeError(ErrorCode.RefRefused, error.message, {
          location: locate(appendPointer(at, error.field)),
          hint: "an untrusted document cannot make mockforge read outside the project"
        });
      }
      problems.push({ pointer: appendPointer(at, error.field), message: error.message });
    }
  }
  const context = {
    raw,
    file: source.file,
    locate,
    problems,
    unsupported,
    sources,
    workflowKeys,
    defaultTimeoutMs: options.defaultTimeoutMs
  };
  for (const [index, workflow] of raw.workflows.entries()) {
    plan.workflows.set(workflow.workflowId, compileWorkflow(workflow, index, plan, context));
  }
  for (const [key, scenario] of foreign) plan.workflows.set(key, scenario);
  checkDependencyCycles(plan, problems);
  if (problems.length > 0) throw located(ErrorCode.ArazzoInvalid, problems, locate);
  if (unsupported.length > 0) throw located(ErrorCode.ArazzoUnsupported, unsupported, locate);
  options.registry.documents.set(source.file, plan);
  return plan;
}
function checkUnique(values, pointer, field, what, problems) {
  for (const [index, value] of values.entries()) {
    if (values.indexOf(value) !== index) {
      problems.push({
        pointer: appendPointer(pointer, index, field),
        message: `${what} '${value}' is used twice (it must be unique)`
      });
    }
  }
}
function checkDependencyCycles(plan, problems) {
  const visit = (key, path) => {
    if (path.includes(key)) return [...path, key];
    const scenario = plan.workflows.get(key);
    for (const next of scenario?.arazzo?.dependsOn ?? []) {
      const cycle = visit(next, [...path, key]);
      if (cycle) return cycle;
    }
    return void 0;
  };
  for (const [key, scenario] of plan.workflows) {
    if (key.startsWith("$") || !scenario.arazzo) continue;
    const cycle = visit(key, []);
    if (cycle) {
      problems.push({
        pointer: appendPointer(scenario.arazzo.pointer, "dependsOn"),
        message: `dependsOn forms a cycle: ${cycle.join(" -> ")}`
      });
      return;
    }
  }
}
function located(code, problems, locate) {
  const list = problems.map((p) => ({ location: locate(p.pointer), message: p.message })).sort((a, b) => a.location.line - b.location.line);
  return problemsError(code, list, HINT);
}

// src/core/scenario/load-scenario-files.ts
function loadScenarioFiles(files, options) {
  const registry = new SourceRegistry({ project: options.project, root: options.root });
  const defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const scenarios = files.flatMap((file) => {
    const source = readSourceFile(file, { maxBytes: MAX_SCENARIO_BYTES });
    return isArazzoDocument(file, source.value) ? loadArazzo(file, { registry, defaultTimeoutMs }, source) : [scenarioFromSource(source, { defaultTimeoutMs })];
  });
  return { scenarios, registry };
}

export {
  workflowInputs,
  UnresolvedExpressionError,
  asText,
  evaluateValue,
  loadScenarioFiles
};

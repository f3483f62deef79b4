// A `pattern` of the spec as its users meet it: JSON Schema patterns are ECMA-262 regular expressions (validators
// such as ajv compile them with the Unicode flag), and they match anywhere in a value while the server matches the
// whole value. So each must compile with the flag "u" and be anchored (^…$), but for "\S", the not-blank rule,
// which means "anywhere".
module.exports = (pattern) => {
  if (typeof pattern !== "string") {
    return [];
  }
  try {
    new RegExp(pattern, "u");
  } catch (e) {
    return [{ message: `pattern ${pattern} is no ECMA-262 regular expression with the Unicode flag: ${e.message}` }];
  }
  if (pattern !== "\\S" && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
    return [{ message: `pattern ${pattern} is not anchored (^…$): a JSON Schema pattern matches anywhere in the value` }];
  }
  return [];
};

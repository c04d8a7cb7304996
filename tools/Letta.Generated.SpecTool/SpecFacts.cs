using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// Reduces an OpenAPI document (3.0 or 3.1) to what goes on the wire, as sorted "fact = value" pairs:
    /// operations, parameters (name, in, required), response media types, and for every schema reached from them
    /// its JSON types, whether null is allowed, string formats, enum values, property names, required properties and
    /// whether extra properties are allowed. Everything that is only style is normalised away, so the two documents
    /// compare: how null is allowed (3.0 <c>nullable</c>, 3.1 <c>anyOf</c>-null, type arrays), <c>$ref</c> versus inline schemas,
    /// <c>allOf</c> wrappers, schema and operation names, integer formats, <c>const</c> versus a one-value enum,
    /// descriptions, titles, defaults and examples.
    /// </summary>
    internal static class SpecFacts
    {
        private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

        public static SortedDictionary<string, string> Of(JObject document)
        {
            var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var paths = document["paths"] as JObject ?? new JObject();
            foreach (var path in paths.Properties())
            {
                foreach (var method in HttpMethods)
                {
                    if (path.Value[method] is JObject operation)
                    {
                        Operation(document, facts, $"{method.ToUpperInvariant()} {path.Name}", operation);
                    }
                }
            }

            return facts;
        }

        private static void Operation(JObject document, IDictionary<string, string> facts, string at, JObject operation)
        {
            facts[at] = "operation";
            foreach (var parameter in (operation["parameters"] as JArray ?? new JArray()).Select(p => Resolve(document, p)))
            {
                var key = $"{at} {(string?)parameter["in"]} parameter {(string?)parameter["name"]}";
                facts[key] = (bool?)parameter["required"] == true ? "required" : "optional";
                Schema(document, facts, key, parameter["schema"], new HashSet<string>());
            }

            foreach (var response in (operation["responses"] as JObject ?? new JObject()).Properties())
            {
                var key = $"{at} response {response.Name}";
                var content = Resolve(document, response.Value)["content"] as JObject ?? new JObject();
                facts[key] = content.Count == 0 ? "no content" : string.Join(", ", content.Properties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
                foreach (var media in content.Properties())
                {
                    Schema(document, facts, $"{key} {media.Name} body", media.Value["schema"], new HashSet<string>());
                }
            }
        }

        private static void Schema(JObject document, IDictionary<string, string> facts, string at, JToken? schema, HashSet<string> visiting)
        {
            if (schema is null)
            {
                return;
            }

            var branches = Branches(document, schema, visiting).ToList();
            var types = branches.Select(TypeOf).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
            facts[$"{at}: type"] = types.Count == 0 ? "any" : string.Join("|", types);
            if (AdmitsNull(document, schema, new HashSet<string>(StringComparer.Ordinal)))
            {
                facts[$"{at}: null"] = "allowed";
            }

            foreach (var branch in branches)
            {
                if (TypeOf(branch) == "string" && (string?)branch["format"] is { } format)
                {
                    facts[$"{at}: format"] = format;
                }

                var values = branch["enum"] as JArray ?? (branch["const"] is { } single ? new JArray(single) : null);
                foreach (var value in values ?? new JArray())
                {
                    if (value.Type != JTokenType.Null)
                    {
                        facts[$"{at}: enum {value.ToString(Newtonsoft.Json.Formatting.None)}"] = "value";
                    }
                }

                if (TypeOf(branch) == "object")
                {
                    var additional = branch["additionalProperties"];
                    facts[$"{at}: additional properties"] = additional?.Type == JTokenType.Boolean && !(bool)additional ? "forbidden" : "allowed";
                    var required = new HashSet<string>((branch["required"] as JArray ?? new JArray()).Select(r => (string)r!), StringComparer.Ordinal);
                    foreach (var property in (branch["properties"] as JObject ?? new JObject()).Properties())
                    {
                        var key = $"{at}.{property.Name}";
                        if (required.Contains(property.Name))
                        {
                            facts[$"{key}: required"] = "yes";
                        }

                        Schema(document, facts, key, property.Value, visiting);
                    }
                }

                if (TypeOf(branch) == "array")
                {
                    Schema(document, facts, at + "[]", branch["items"] ?? new JObject(), visiting);
                }
            }
        }

        // The alternatives a value may take, with $ref and allOf resolved and null alternatives dropped.
        private static IEnumerable<JObject> Branches(JObject document, JToken schema, HashSet<string> visiting)
        {
            if (schema is not JObject obj)
            {
                // `true`, `{}`: anything.
                yield return new JObject();
                yield break;
            }

            if ((string?)obj["$ref"] is { } reference)
            {
                if (!visiting.Add(reference))
                {
                    yield return new JObject { ["type"] = "recursive " + reference };
                    yield break;
                }

                foreach (var branch in Branches(document, ResolveReference(document, reference), visiting))
                {
                    yield return branch;
                }

                visiting.Remove(reference);
                yield break;
            }

            if (obj["allOf"] is JArray allOf)
            {
                var merged = (JObject)obj.DeepClone();
                merged.Remove("allOf");
                foreach (var part in allOf)
                {
                    foreach (var branch in Branches(document, part, visiting))
                    {
                        Merge(merged, branch);
                    }
                }

                foreach (var branch in Branches(document, merged, visiting))
                {
                    yield return branch;
                }

                yield break;
            }

            var alternatives = (obj["anyOf"] as JArray ?? new JArray()).Concat(obj["oneOf"] as JArray ?? new JArray()).ToList();
            if (alternatives.Count > 0)
            {
                foreach (var alternative in alternatives)
                {
                    foreach (var branch in Branches(document, alternative, visiting))
                    {
                        if (TypeOf(branch) != "null")
                        {
                            yield return branch;
                        }
                    }
                }

                yield break;
            }

            yield return obj;
        }

        // Whether null is a valid value, whatever the spelling: 3.0 `nullable: true`, a 3.1 null type (alone, in a type
        // array or as an anyOf/oneOf member), null among the enum values, or a schema that constrains nothing (its type
        // read as TypeOf reads it).
        private static bool AdmitsNull(JObject document, JToken schema, HashSet<string> visiting)
        {
            if (schema is not JObject obj)
            {
                return schema.Type != JTokenType.Boolean || (bool)schema;
            }

            if ((bool?)obj["nullable"] == true)
            {
                return true;
            }

            if ((string?)obj["$ref"] is { } reference)
            {
                return visiting.Add(reference) && AdmitsNull(document, ResolveReference(document, reference), visiting);
            }

            var alternatives = (obj["anyOf"] as JArray ?? new JArray()).Concat(obj["oneOf"] as JArray ?? new JArray()).ToList();
            if (alternatives.Count > 0 && !alternatives.Any(a => AdmitsNull(document, a, new HashSet<string>(visiting, StringComparer.Ordinal))))
            {
                return false;
            }

            if (obj["allOf"] is JArray allOf && !allOf.All(a => AdmitsNull(document, a, new HashSet<string>(visiting, StringComparer.Ordinal))))
            {
                return false;
            }

            if (obj["enum"] is JArray values && !values.Any(v => v.Type == JTokenType.Null))
            {
                return false;
            }

            if (obj.TryGetValue("const", out var constant) && constant.Type != JTokenType.Null)
            {
                return false;
            }

            return obj["type"] switch
            {
                JValue type when type.Type == JTokenType.String => (string?)type == "null",
                JArray typeList => typeList.Any(t => (string?)t == "null"),
                // No type: as TypeOf, properties or items say object or array; a schema that says nothing allows anything.
                _ => obj["properties"] is null && obj["items"] is null,
            };
        }

        private static void Merge(JObject into, JObject from)
        {
            foreach (var property in from.Properties())
            {
                if (into[property.Name] is JObject existing && property.Value is JObject incoming && property.Name == "properties")
                {
                    existing.Merge(incoming);
                }
                else if (property.Name == "required" && into["required"] is JArray required)
                {
                    required.Merge(property.Value, new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Union });
                }
                else if (into[property.Name] is null)
                {
                    into[property.Name] = property.Value.DeepClone();
                }
            }
        }

        private static string TypeOf(JObject schema)
        {
            switch (schema["type"])
            {
                case JValue value when value.Type == JTokenType.String:
                    return (string)value!;
                case JArray array:
                    var types = array.Select(t => (string)t!).Where(t => t != "null").OrderBy(t => t, StringComparer.Ordinal).ToList();
                    return types.Count == 0 ? "null" : string.Join("|", types);
            }

            if (schema["properties"] is not null)
            {
                return "object";
            }

            if (schema["items"] is not null)
            {
                return "array";
            }

            if ((schema["enum"] as JArray)?.FirstOrDefault() is { } first)
            {
                return first.Type switch
                {
                    JTokenType.String => "string",
                    JTokenType.Integer => "integer",
                    JTokenType.Float => "number",
                    JTokenType.Boolean => "boolean",
                    _ => "any",
                };
            }

            return "any";
        }

        private static JObject Resolve(JObject document, JToken token) =>
            token is JObject obj && (string?)obj["$ref"] is { } reference ? ResolveReference(document, reference) : (JObject)token;

        private static JObject ResolveReference(JObject document, string reference)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new NotSupportedException($"Only local references are supported: '{reference}'.");
            }

            JToken? current = document;
            foreach (var segment in reference.Substring(2).Split('/'))
            {
                current = current?[segment.Replace("~1", "/").Replace("~0", "~")];
            }

            return current as JObject ?? throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "'{0}' does not resolve.", reference));
        }
    }
}

using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;

namespace Letta.Generated
{
    /// <summary>
    /// A free-form JSON object (<c>metadata</c>) kept as the server's bytes until it is first looked at: most
    /// listings never read <c>metadata</c>, and reading it is what used to cost the most. On first use it becomes a
    /// dictionary of the shape <see cref="JsonValues"/> describes; until then both JSON stacks write the bytes back
    /// exactly as sent (numbers, spacing and key order included).
    /// </summary>
    internal sealed class RawJsonObject : IDictionary<string, object?>
    {
        private byte[]? _utf8;
        private Dictionary<string, object?>? _items;

        public RawJsonObject(byte[] utf8)
        {
            _utf8 = utf8;
        }

        /// <summary>The bytes as sent while the object has not been read; null once it has (it may have changed since).</summary>
        public byte[]? Utf8 => Volatile.Read(ref _items) is null ? _utf8 : null;

        public int Count => Items.Count;

        public bool IsReadOnly => false;

        public ICollection<string> Keys => Items.Keys;

        public ICollection<object?> Values => Items.Values;

        private Dictionary<string, object?> Items => Volatile.Read(ref _items) ?? Materialize();

        public object? this[string key]
        {
            get => Items[key];
            set => Items[key] = value;
        }

        public void Add(string key, object? value) => Items.Add(key, value);

        public void Add(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)Items).Add(item);

        public void Clear() => Items.Clear();

        public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)Items).Contains(item);

        public bool ContainsKey(string key) => Items.ContainsKey(key);

        public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object?>>)Items).CopyTo(array, arrayIndex);

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Items.GetEnumerator();

        public bool Remove(string key) => Items.Remove(key);

        public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)Items).Remove(item);

        public bool TryGetValue(string key, out object? value) => Items.TryGetValue(key, out value);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Reads the bytes once; two threads reading at once agree on one dictionary.</summary>
        private Dictionary<string, object?> Materialize()
        {
            var items = new Dictionary<string, object?>();
            var reader = new Utf8JsonReader(_utf8!, new JsonReaderOptions { MaxDepth = LettaJson.MaxDepth });
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                items[key] = JsonValues.Leaf(ref reader);
            }

            return Interlocked.CompareExchange(ref _items, items, null) ?? items;
        }
    }
}

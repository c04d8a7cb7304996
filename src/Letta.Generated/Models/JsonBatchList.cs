using System.Collections;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// A page read in JSON form, in the type the generated method returns (a list of <see cref="BatchJob"/>, each
    /// read only if asked for); the JSON listing takes <see cref="Items"/> straight out.
    /// </summary>
    internal sealed class JsonBatchList : IReadOnlyList<BatchJob>
    {
        public JsonBatchList(IReadOnlyList<BatchJson> items)
        {
            Items = items;
        }

        public IReadOnlyList<BatchJson> Items { get; }

        public int Count => Items.Count;

        public BatchJob this[int index] => Items[index].ToBatchJob();

        public IEnumerator<BatchJob> GetEnumerator()
        {
            foreach (var item in Items) yield return item.ToBatchJob();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

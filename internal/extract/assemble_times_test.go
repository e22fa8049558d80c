package extract

import "testing"

// timeReads must give what findDate gives, whether a text is read for
// the first time or again, and split out the candidates of metadata.
func TestTimeReadsParse(t *testing.T) {
	list := []candidate{
		{field: fieldPublished, origin: originJSONLD, value: "2025-10-18T07:46:00Z", pos: -1},
		{field: fieldPublished, origin: originVisible, value: "October 17, 2025", pos: 0},
		{field: fieldPublished, origin: originVisible, value: "no date here", pos: 0},
		{field: fieldPublished, origin: originMeta, value: "03/04/2025", pos: -1},
		{field: fieldPublished, origin: originVisible, value: "October 17, 2025", pos: 2},
	}
	read := make(timeReads, 0, 2) // smaller than the list: reads past it are not kept
	for pass := 0; pass < 2; pass++ {
		all, meta := read.parse(list)
		var wantAll, wantMeta []dateMatch
		for _, k := range list {
			if m, ok := findDate(k.value); ok {
				wantAll = append(wantAll, m)
				if k.pos < 0 {
					wantMeta = append(wantMeta, m)
				}
			}
		}
		if len(all) != len(wantAll) || len(meta) != len(wantMeta) {
			t.Fatalf("pass %d: %d matches (%d of metadata), want %d (%d)", pass, len(all), len(meta), len(wantAll), len(wantMeta))
		}
		for i := range all {
			if all[i] != wantAll[i] {
				t.Errorf("pass %d: match %d = %+v, want %+v", pass, i, all[i], wantAll[i])
			}
		}
		for i := range meta {
			if meta[i] != wantMeta[i] {
				t.Errorf("pass %d: metadata match %d = %+v, want %+v", pass, i, meta[i], wantMeta[i])
			}
		}
	}
	if len(read) != 2 {
		t.Errorf("kept %d reads, want the 2 there is room for", len(read))
	}
}

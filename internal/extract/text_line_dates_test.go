package extract

import "testing"

// The kept answers are each line's own: a memo keyed wrongly would hand
// one line's date to another, or a date to a line without one.
func TestLineFindDateKeepsEachAnswer(t *testing.T) {
	texts := []string{
		"Published 12 March 2024",
		"By Ann Lee | 3 May 2021, 10:15",
		"Home News Sport",
		"6 DE MAYO DE 2022",
		"26 | 01 | 2022",
		"Published 12 March 2024",
		"No date in 2024 here at all, only a year",
	}
	lines := textSplitLines(joinLines(texts))
	if len(lines) != len(texts) {
		t.Fatalf("textSplitLines gave %d lines, want %d", len(lines), len(texts))
	}
	for round := 0; round < 2; round++ {
		for i := range lines {
			got, gotOK := lines[i].findDate()
			want, wantOK := textFindDate(lines[i].text)
			if got != want || gotOK != wantOK {
				t.Errorf("round %d, %q: findDate = %+v, %v; textFindDate = %+v, %v", round, lines[i].text, got, gotOK, want, wantOK)
			}
		}
	}
	if lines[0].arena == nil || len(lines[0].arena.dates) != len(texts)-1 {
		t.Errorf("the arena keeps %d answers, want one per distinct text (%d)", len(lines[0].arena.dates), len(texts)-1)
	}
}

func joinLines(ls []string) string {
	s := ""
	for _, l := range ls {
		s += l + "\n"
	}
	return s
}

package extract

import (
	"strings"
	"testing"
)

// A post whose last paragraph is followed by a sentence leading in to a
// listing keeps the sentence: the text goes on there.
func TestTextBodyLeadInAfter(t *testing.T) {
	page := strings.Join([]string{
		"Blog", "Archive", "Contact",
		"",
		"Copy and paste from the terminal",
		"",
		"2021-03-02",
		"",
		"For the first time in years I work on a laptop that runs Linux all day long, and on the whole I am very pleased with the set-up I have built over the last few weeks, except for one small thing.",
		"",
		"Like copying the text I select in a pane to the clipboard.",
		"",
		"As always, the forum knows the answer. In short:",
		"",
		"# .config",
		"set mouse on",
		"set clipboard off",
		"",
		"Previous post", "Next post",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "As always, the forum knows the answer. In short:") {
		t.Errorf("lead-in sentence missing from body:\n%s", body)
	}
	if strings.Contains(body, "Next post") {
		t.Errorf("navigation kept in body:\n%s", body)
	}
}

func TestTextLeadInAfter(t *testing.T) {
	for _, c := range []struct {
		after, next string
		want        bool
	}{
		{"As always, the forum knows the answer. In short:", "set mouse on", true},
		{"As always, the forum knows the answer. In short:", "", false},
		{"Share this:", "Twitter", false},
		{"As always, the forum knows the answer. In short", "set mouse on", false},
	} {
		ss := []string{"A paragraph of the post that is long enough to be prose, with a stop at its end.", c.after}
		if c.next != "" {
			ss = append(ss, c.next)
		}
		lines := make([]tLine, len(ss))
		orig := make([]tClass, len(ss))
		for i, s := range ss {
			lines[i] = tLine{text: s}
			lines[i].measure()
			orig[i] = tShort
		}
		lines[0].class, orig[0] = tGood, tGood
		if got := textLeadInAfter(lines, orig, 1) == 2; got != c.want {
			t.Errorf("textLeadInAfter(%q, %q) = %v, want %v", c.after, c.next, got, c.want)
		}
	}
}

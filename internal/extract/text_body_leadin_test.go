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

// A tutorial's sentence that leads in to a listing, set between the
// short lines of two listings and under the copy button the page prints
// with each, is the tutorial's.
func TestTextBodyLeadInWithin(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Blog", "Jobs",
		"",
		"Ten common mistakes in Python",
		"",
		"Python is a language that is easy to learn, and its simple syntax can mislead a newcomer into thinking that nothing subtle happens under the hood, which is how the following mistakes come about in real code.",
		"",
		"Even those who have written it for years fall into some of them now and then, since the language forgives a great deal and the error shows up only much later, in a part of the program that has nothing to do with its cause.",
		"",
		"The last mistake on our list is about the method that Python calls when an object is about to be destroyed, and about what that method can still rely on while the interpreter itself is shutting down.",
		"",
		"Let us say you had this in a file called mod.py:",
		"Copy code",
		"import foo",
		"class Bar(object):",
		"Copy code",
		"And you then tried to do this from another_mod.py:",
		"import mod",
		"mybar = mod.Bar()",
		"Copy code",
		"",
		"You would get an ugly exception, because when the interpreter shuts down the module's global variables are all set to None before the objects that use them are deleted, and the cleanup finds nothing left to call.",
		"",
		"A solution to this somewhat advanced problem is to register the cleanup with the module that runs functions at exit, so that it is called once the program ends normally, while everything it needs is still in place.",
		"",
		"About us", "Privacy",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "And you then tried to do this from another_mod.py:") {
		t.Errorf("lead-in sentence missing from body:\n%s", body)
	}
	if strings.Contains(body, "Privacy") {
		t.Errorf("footer kept in body:\n%s", body)
	}
}

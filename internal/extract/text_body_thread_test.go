package extract

import (
	"strings"
	"testing"
)

// A count of comments with only the readers' names under it, no dates or
// reply links, still opens the comments: the long comments are not the
// article's.
func TestTextBodyCountOverNames(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Blog", "Contact",
		"",
		"Why We Rebuilt the Garden Shed",
		"",
		"Last spring the old garden shed finally gave up: the roof leaked, the door would not close and the floor had gone soft in one corner where the rain came in every winter for years.",
		"",
		"We took it down board by board and kept whatever wood was still sound, which turned out to be more than half of it, and used it again for the walls of the new one.",
		"",
		"The new shed has a proper roof with an overhang, a door that closes, and a floor on bricks so that the air can move under it and the wood stays dry through the wet months.",
		"",
		"{ 14 comments }",
		"Martha Green",
		"We did the same with our shed two years ago and I can only agree with everything you write here, especially about keeping the floor off the ground so that it stays dry and does not rot away.",
		"Oliver Stone",
		"What kind of roof did you choose in the end? We are still wondering whether felt is good enough for a shed that stands under trees and gets all their leaves and needles through the autumn.",
		"Martha Green",
		"Felt worked well for us, but we clean it twice a year and that makes all the difference, as the leaves keep the water on the roof and the felt wears out much faster where they lie for weeks.",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "The new shed has a proper roof") {
		t.Errorf("article missing from body:\n%s", body)
	}
	for _, bad := range []string{"We did the same", "What kind of roof", "Felt worked well"} {
		if strings.Contains(body, bad) {
			t.Errorf("comment %q kept in body:\n%s", bad, body)
		}
	}
}

// Comments with no header over them, each under a line with the reader's
// name and the date, or the name and "said,", are not the article's.
func TestTextBodyThreadWithoutHeader(t *testing.T) {
	article := []string{
		"Home", "Archive", "About",
		"",
		"A Small Detail in the Calendar App",
		"",
		"It was a little after midnight when I asked my phone to remind me of the meeting tomorrow, and it asked back whether I meant today, since for most people tomorrow still means the day after they wake up.",
		"",
		"That is the kind of detail that shows somebody thought about how people speak rather than how clocks count, and it made me smile at an hour when very little does.",
		"",
	}
	for _, meta := range [][]string{
		{"Jermaine 07 Nov 12", "Anna Berg 07 Nov 12", "Rob 08 Nov 12"},
		{"Progress Trap said,", "Anna Berg said,", "Rob said,"},
		{"Miles Taylor 12 days ago", "Waiology 11 days ago", "Miles Taylor 10 days ago"},
	} {
		top := article
		if strings.HasSuffix(meta[0], "ago") {
			// A count of the comments by the headline, over the article,
			// is no header of the thread under it.
			top = append([]string{"4 Comments", "Leave a comment"}, article...)
		}
		page := strings.Join(append(append([]string{}, top...),
			meta[0], "Love it. The little details are what make the difference between a tool and a good tool.",
			meta[1], "That is clever, but it would be clearer still with the day of the week in the question, since I never know which date it is at midnight and I doubt I am alone in that.",
			meta[2], "Not using the other phone much any more then? I switched last year and I have not looked back since, the reminders alone were worth it for me and my family.",
		), "\n")
		body := textBodyOf(t, page)
		if !strings.Contains(body, "That is the kind of detail") {
			t.Errorf("%s: article missing from body:\n%s", meta[0], body)
		}
		for _, bad := range []string{"Love it.", "That is clever", "Not using the other phone"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: comment %q kept in body:\n%s", meta[0], bad, body)
			}
		}
	}
}

// Posts the article quotes, each signed with a name, a handle and a date,
// are no readers' comments.
func TestTextThreadMetaHandle(t *testing.T) {
	for s, want := range map[string]bool{
		"Jermaine 07 Nov 12":                                true,
		"Ben Dunlap 07 Nov 12":                              true,
		"Jamie Wayne, on November 7th, 2012 // Twitter: @j": true,
		"Anna Berg said,":                                   true,
		"Pat Haneman (@PatHaneman) November 02, 2012":       false,
		"Estimate: $8,000 to $12,000":                       false,
		"Jahr 2018 2019 2020 2021":                          false,
		"April 26, 2022":                                    false,
		"Miles Taylor 12 days ago":                          true,
		"Josh Weidman (@joshweidman6) November 02, 2012":    false,
	} {
		l := tLine{text: s}
		l.measure()
		if got := textThreadMeta(&l); got != want {
			t.Errorf("textThreadMeta(%q) = %v, want %v", s, got, want)
		}
	}
}

// "Comments are closed." ends the post: the sidebar's blurbs under it,
// long as they are, are not the article's.
func TestTextBodyCommentsClosed(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Archive", "About",
		"",
		"The Party Congress Opens",
		"",
		"It is finally here, the day we have all been waiting for, and the morning papers have cleared their front pages for it, with special sections of six and eight pages on what the delegates will hear.",
		"",
		"One paper lists the agenda in full: the reports of the outgoing committees, an amendment to the constitution and the election of the new committees, who will meet the press right after.",
		"",
		"Tags: congress, front pages, morning papers",
		"Comments are closed.",
		"Subscribe",
		"Search",
		"",
		"This site is an affiliate of a research centre at a university, which supports its work on the media and the internet and hosts its archive of translations and front pages.",
		"Research and analysis of media and internet",
		"We offer custom research services to track investments, brands and issues of concern to companies, and we publish a weekly briefing that subscribers receive by e-mail.",
		"A weekly podcast about current affairs, hosted by two journalists who have lived and worked in the country for many years, with guests from business and the universities.",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "One paper lists the agenda") {
		t.Errorf("article missing from body:\n%s", body)
	}
	for _, bad := range []string{"affiliate of a research centre", "custom research services", "weekly podcast"} {
		if strings.Contains(body, bad) {
			t.Errorf("sidebar %q kept in body:\n%s", bad, body)
		}
	}
}

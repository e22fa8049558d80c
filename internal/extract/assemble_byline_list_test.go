package extract

import "testing"

func TestAssembleBylineSkipsTeaserCredits(t *testing.T) {
	// The article's author is in the metadata only; further down, a list
	// of other stories prints the credits of its teasers, one of them
	// shared with this author.
	p := &page{cands: []candidate{
		cand(fieldAuthor, originJSONLD, "Marta Quell", -1),
		cand(fieldByline, originVisible, "By Olle Brand", 9),
		cand(fieldByline, originVisible, "By Ines Kart and Marta Quell", 9),
		cand(fieldByline, originVisible, "By Pau Ferran", 9),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Byline != "Marta Quell" {
		t.Errorf("byline %q, want the metadata author, not a teaser's credit", a.Byline)
	}
	// By the headline, one element per author is no list.
	p = &page{cands: []candidate{
		cand(fieldByline, originMarkup, "Olle Brand", 0),
		cand(fieldByline, originMarkup, "Ines Kart", 0),
		cand(fieldByline, originMarkup, "Pau Ferran", 0),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Byline != "Olle Brand" {
		t.Errorf("byline %q, want the first credit by the headline", a.Byline)
	}
}

func TestDropAvatarInitials(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"LP Luana Prado", "Luana Prado"},
		{"JKR Jo K. Rowan", "Jo K. Rowan"},
		{"AP Jane Doe", "AP Jane Doe"},
		{"Luana Prado", "Luana Prado"},
		{"LP Luana", "LP Luana"},
		{"Lp Luana Prado", "Lp Luana Prado"},
	} {
		if got := dropAvatarInitials(tt.in); got != tt.want {
			t.Errorf("dropAvatarInitials(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAssembleBylineCoAuthors(t *testing.T) {
	p := &page{cands: []candidate{
		cand(fieldAuthor, originJSONLD, "Luana Prado", -1),
		cand(fieldAuthor, originJSONLD, "Rafael Feliz", -1),
		cand(fieldByline, originMarkup, "LP Luana Prado", 1),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Byline != "Luana Prado and Rafael Feliz" {
		t.Errorf("byline %q, want both structured authors without the avatar's initials", a.Byline)
	}
	// A desk or a one-word name is not run into the credit.
	p = &page{cands: []candidate{
		cand(fieldAuthor, originJSONLD, "Luana Prado", -1),
		cand(fieldAuthor, originJSONLD, "Redaktion", -1),
		cand(fieldByline, originMarkup, "Luana Prado", 1),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Byline != "Luana Prado" {
		t.Errorf("byline %q, want the printed credit alone", a.Byline)
	}
}

func TestAssembleBylineHiddenEmailAuthor(t *testing.T) {
	p := &page{cands: []candidate{
		cand(fieldAuthor, originMeta, "kilo[at]kilo.example", -1),
		cand(fieldAuthor, originMarkup, "k1l0", 0),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Byline != "k1l0" {
		t.Errorf("byline %q, want the markup's author, not a hidden e-mail address", a.Byline)
	}
}

func TestAssembleBylineOutvotedStructuredAuthor(t *testing.T) {
	// JSON-LD names a template's author; the credit printed by the
	// headline and the page's other metadata agree on the article's.
	p := &page{cands: []candidate{
		cand(fieldAuthor, originJSONLD, "Kira Dalton", -1),
		cand(fieldAuthor, originMeta, "Jessa Holm", -1),
		cand(fieldAuthor, originMeta, "Gale Levin", -1),
		cand(fieldByline, originMarkup, "Jessa Holm", 0),
		cand(fieldByline, originMarkup, "Gale Levin", 0),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Byline != "Jessa Holm and Gale Levin" {
		t.Errorf("byline %q, want the printed credit the other metadata confirms", a.Byline)
	}
	// A printed credit no metadata confirms leaves JSON-LD's author.
	p = &page{cands: []candidate{
		cand(fieldAuthor, originJSONLD, "Kira Dalton", -1),
		cand(fieldByline, originMarkup, "Jessa Holm", 0),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Byline != "Kira Dalton" {
		t.Errorf("byline %q, want the structured author", a.Byline)
	}
}

func TestAssembleBylineRolePrefix(t *testing.T) {
	p := &page{cands: []candidate{
		cand(fieldAuthor, originJSONLD, "Von Ratgeber-Expertin Jana Berg", -1),
		cand(fieldAuthor, originMarkup, "Jana Berg", 1),
		cand(fieldByline, originMarkup, "Ratgeber-Expertin Jana Berg", 1),
	}, blocks: paras("x")}
	if a := assemble(p, Options{}); a.Byline != "Jana Berg" {
		t.Errorf("byline %q, want the name without the job before it", a.Byline)
	}
	for _, tt := range []struct{ v, want string }{
		{"Dr. Jana Berg", "Dr. Jana Berg"},
		{"Von Nachrichten-Expertin Jana Berg", "Von Jana Berg"},
		{"Anna Jana Berg", "Anna Jana Berg"},
		{"Tom Roe und Jana Berg", "Tom Roe und Jana Berg"},
		{"Jana Berg", "Jana Berg"},
	} {
		if got := cutRolePrefix(tt.v, []string{"Jana Berg"}); got != tt.want {
			t.Errorf("cutRolePrefix(%q) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

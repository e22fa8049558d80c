package extract

import (
	"strings"
	"testing"
)

// A "Related" header that the run crosses ends the article when the prose
// under it is much less than the article's: the blurb of another story
// is no part of the body. An inline header with the article going on at
// length under it does not end it.
func TestTextCutAtTail(t *testing.T) {
	para := []string{
		"The city council voted last night to close the old harbour bridge to cars from the first of March, after engineers found that two of its steel beams had rusted through in places where the river spray reaches them every winter.",
		"",
		"The mayor said the bridge would stay open to people on foot and on bicycles while the repairs go on, and that the ferry between the two banks would run every quarter of an hour during the morning and evening rush to carry the drivers who used it.",
		"",
		"Shop owners on the east bank fear that they will lose customers over the months of work, and asked the council to pay for more parking spaces near the market square; the council promised to answer them at its next meeting in two weeks.",
		"",
		"The bridge was built in 1911 and last repaired thirty years ago, when its wooden deck was replaced with concrete; the engineers say the new work will take at least eight months and cost the city about four million.",
		"",
	}
	blurb := "Why the new tram line will take three more years to build than planned, and what the delay means for the people who live along the route, who were promised a faster way to work and have waited since the last election for it to come, with no end in sight. The company that builds it blames the supply of rails."
	page := strings.Join(append(append([]string{"Home", "News", "Sport", ""}, para...), "Related posts", "", blurb, "", "Contact us"), "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "The city council voted") || !strings.Contains(body, "Shop owners") {
		t.Errorf("article missing:\n%s", body)
	}
	if strings.Contains(body, "new tram line") {
		t.Errorf("blurb under the related header kept:\n%s", body)
	}
	// The article goes on under an inline header, longer than above it.
	long := append(append([]string{}, para...), para...)
	page = strings.Join(append(append(append([]string{"Home", "News", "Sport", ""}, para[:2]...), "Related posts", "", blurb, ""), long...), "\n")
	body = textBodyOf(t, page)
	if !strings.Contains(body, "Shop owners") {
		t.Errorf("article under an inline header cut:\n%s", body)
	}
}

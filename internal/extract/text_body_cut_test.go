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

// A post's own meta line that credits it and invites comments ("2012
// Leave a Comment Written by Ann Example") is no wall of comments: the
// post under it is the body, not the teasers of other posts above it.
func TestTextPostMetaLine(t *testing.T) {
	var page []string
	page = append(page, "Home", "About Me", "Lessons", "")
	for _, title := range []string{"Spelling Bee Game", "Fractions On The Board", "Autumn Word Search", "Counting Songs"} {
		page = append(page, title, "",
			"I put together a new activity about "+strings.ToLower(title)+" for the classroom board; it works with every version of the software and takes about ten minutes to play with a whole class.", "",
			"Read more »", "")
	}
	page = append(page, "Autumn Safety Game", "Oct30", "2012 Leave a Comment Written by Ann Example", "",
		"When I asked the teachers at our school whether they would like a game about safety on the way home in the dark, almost all of them said yes, so I made one over the holidays.", "",
		"The game has twenty questions about crossing roads, bright clothing and staying with friends, and each right answer moves a small lantern one step closer to the house.", "",
		"You can download it for free from the lessons page; if you use it with your class, I would love to hear how the children liked it and what questions you would add.", "",
		"Some of the questions are harder than others, so the youngest pupils may play in pairs with an older child, which the teachers who tried it last year found worked well.", "",
		"Next month I will add a second round about safety at home, with questions about the kitchen, the stairs and the bathroom, which several parents have asked for.", "",
		"Sharing Is Caring!", "No Comments Yet")
	body := textBodyOf(t, strings.Join(page, "\n"))
	if !strings.Contains(body, "When I asked the teachers") || !strings.Contains(body, "You can download it") {
		t.Errorf("post under its meta line missing:\n%s", body)
	}
	if strings.Contains(body, "Fractions On The Board") || strings.Contains(body, "fractions on the board") {
		t.Errorf("teasers above the post taken:\n%s", body)
	}
	l := tLine{text: "2012 Leave a Comment Written by Ann Example", comment: true}
	l.measure()
	if !textCommentCredit(&l) {
		t.Errorf("meta line not read as a comment header with a credit")
	}
}

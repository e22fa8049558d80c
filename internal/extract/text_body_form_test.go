package extract

import (
	"strings"
	"testing"
)

// textSidebar is a blog's sidebar under the post: a blurb about the
// magazine longer than the post, as prose.
var textSidebar = []string{
	"Der Gartenbote",
	"Der Gartenbote war eine Zeitschrift für Freunde des Gartens in deutscher Sprache. Sie erschien zehn Jahre lang jeden Monat und berichtete über Obstbäume, Gemüse und Blumen, über die Arbeit im Jahreslauf und über die Menschen, die ihre Gärten in der Stadt und auf dem Land pflegen. Die Redaktion saß in einem kleinen Haus am Fluss, das von einem großen Garten umgeben war.",
	"Jetzt bestellen",
	"Das Buch Gärtnern für Einsteiger ist ein Ratgeber für alle, die gerne mit einem eigenen Beet beginnen möchten und dabei nicht gleich alles falsch machen wollen, was man im ersten Jahr falsch machen kann.",
}

// A short post over a comment form whose title no list holds: the
// fields (name, e-mail, website) open the readers' part of the page, and
// the sidebar's longer prose under them is not the post.
func TestTextBodyCommentFormWalls(t *testing.T) {
	page := strings.Join(append([]string{
		"Startseite", "Beiträge", "Kontakt",
		"Erste Tomaten",
		"12. Juli 2021 Anna Berg",
		"",
		"Heute haben wir die ersten Tomaten aus dem Gewächshaus geerntet, und sie schmecken so gut, wie sie aussehen. Die Sorte vom letzten Jahr hat sich wieder bewährt, und wir werden sie auch im nächsten Jahr pflanzen.",
		"",
		"Teilen mit:", "Twitter", "Facebook",
		"Jetzt eine Antwort da lassen",
		"Deine Meinung dazu",
		"Name *",
		"E-Mail *",
		"Webseite",
	}, textSidebar...), "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "ersten Tomaten aus dem Gewächshaus") {
		t.Errorf("post missing from body:\n%s", body)
	}
	if strings.Contains(body, "Zeitschrift für Freunde") {
		t.Errorf("sidebar taken for the post:\n%s", body)
	}
}

// A form of fields without a website field and without a word of
// comments over it (a newsletter's) walls nothing off.
func TestTextFormFieldsNewsletter(t *testing.T) {
	lines := textSplitLines(strings.Join([]string{"Unser Newsletter", "Name", "E-Mail", "Anmelden"}, "\n"))
	for i := range lines {
		lines[i].measure()
	}
	textCommentForms(lines)
	for _, l := range lines {
		if l.comment {
			t.Errorf("%q taken for a comment form", l.text)
		}
	}
	if f, ok := textFormField(&lines[1]); !ok || f != "name" {
		t.Errorf("textFormField(%q) = %q, %v", lines[1].text, f, ok)
	}
}

// A post of short sentences, none long enough to be sure of, over a
// comment form: the post is above the form, not the sidebar's prose
// under it.
func TestTextBodyShortPostOverForm(t *testing.T) {
	page := strings.Join(append([]string{
		"Startseite", "Über diesen Blog",
		"Apfelkuchen",
		"",
		"Die Äpfel schälen und in dünne Scheiben schneiden, bitte nicht zu dick.",
		"Den Teig in die Form geben und die Äpfel darauf verteilen.",
		"Im Ofen bei mittlerer Hitze etwa eine Stunde backen lassen.",
		"",
		"Kommentar verfassen",
		"E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)",
		"Name (erforderlich)",
		"Website",
		"Abbrechen",
	}, textSidebar...), "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "Den Teig in die Form geben") {
		t.Errorf("post missing from body:\n%s", body)
	}
	if strings.Contains(body, "Zeitschrift für Freunde") {
		t.Errorf("sidebar taken for the post:\n%s", body)
	}
}

// The blog's footer closes the page: a sidebar printed under the
// copyright line is not the article, however long it is.
func TestTextBodyFooterCloses(t *testing.T) {
	page := strings.Join(append([]string{
		"Home", "Archive", "About",
		"A Walk to the Lighthouse",
		"Posted on May 3, 2020",
		"",
		"We walked along the cliffs to the old lighthouse this morning, and the sea was as calm as we have ever seen it. The keeper's cottage is being painted again.",
		"",
		"Share this:", "Twitter", "Facebook",
		"© 2020 The Harbour Blog. All rights reserved.",
		"",
	}, "The Harbour Blog is written by a family of four who moved to the coast ten years ago and have been writing about the harbour, the boats and the birds of the cliffs ever since, in the hope that their readers will one day come and see it all for themselves. They answer every letter they receive, even the ones about the weather.",
		"Our books",
		"Our first book tells of the first winter on the coast, when the storms took the roof of the shed and the neighbours came to help us put it back again, and of the spring that followed it."), "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "old lighthouse") {
		t.Errorf("post missing from body:\n%s", body)
	}
	if strings.Contains(body, "family of four") {
		t.Errorf("text under the footer taken for the post:\n%s", body)
	}
}

// A cookie dialog's explanations read as prose; beside the banner's own
// lines they are the dialog's, and a dialog longer than the article does
// not win over it. A recipe that speaks of cookies is the text's.
func TestTextBodyCookieDialog(t *testing.T) {
	page := strings.Join([]string{
		"News", "Markets", "Contact",
		"Cell maker adds a third plant",
		"Published on 6 December 2022",
		"",
		"The cell maker said on Friday that it will invest a further 275 million dollars in its plant in the south, which will then make cells for the electric cars of two brands from the end of next year onwards.",
		"",
		"© Battery Weekly",
		"This website uses cookies. By continuing to browse the site you accept our use of cookies.",
		"Cookie settings",
		"We fully respect it if you want to decline cookies. To avoid asking you again and again, please allow us to store a cookie for that in your browser. You can opt out at any time or opt in again for other cookies later on.",
		"We give you a list of the cookies stored on your computer in our domain so that you can check what we have stored. For security reasons we cannot show or change the cookies of other domains.",
		"Enable this to hide the message bar for good and to refuse all cookies if you do not agree to them. Two cookies are needed to remember this setting.",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "275 million dollars") {
		t.Errorf("article missing from body:\n%s", body)
	}
	if strings.Contains(body, "decline cookies") {
		t.Errorf("cookie dialog taken for the article:\n%s", body)
	}
	recipe := []tLine{{text: "Cookies"}, {text: "Roll out the cookie dough and cut out the cookies with a cutter."}}
	recipe[0].boiler = true
	textCookieDialogs(recipe)
	if recipe[1].boiler {
		t.Error("a recipe's line about cookies taken for a cookie dialog")
	}
}

// A short article over a "More articles" list whose teasers, each a
// title over a blurb, weigh more together than the article: the article
// is the body, since the list is not clearly stronger.
func TestTextBodyArticleOverTeasers(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Region", "Sport", "Contact",
		"Students still look for a room in the city",
		"By Lisa Park",
		"Wed, 18 October 2023 at 12:50",
		"",
		"The lectures at the university have started. But not all of those who came to the city to study have found a place to live yet, and some of them sleep on the sofas of friends.",
		"",
		"Grace from the coast is running out of time. She enrolled for law at the university in the summer and has been looking for a room since then, writing to more than a hundred landlords without a single answer.",
		"",
		"Already a subscriber? Log in",
		"Read this article now!", "Exclusive benefits:", "Digital basic", "3 € / month", "in the first 3 months",
		"News app", "Register", "free of charge", "Back", "Password forgotten?",
		"More articles",
		"Brass band",
		"Why do young people spend their free time with brass music? Two young women from the valley and a band tell of the joy of playing together on the village square every Sunday.",
		"Regional court",
		"The regional court has found a police officer guilty of having assaulted a young woman during a photo shoot in the summer of last year.",
		"Mountain rescue",
		"Such a call is rare for the mountain rescue: a young man who was looking for a hidden box climbs up a tree near the city and cannot get down again.",
		"Wine, food and music",
		"Next year a new festival brings wine, good food and live music together in the old town by the river, with two of the best known bands of the country.",
		"Archive", "Contact & help",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "running out of time") {
		t.Errorf("article missing from body:\n%s", body)
	}
	if strings.Contains(body, "brass music") {
		t.Errorf("teasers taken for the article:\n%s", body)
	}
}

// Readers' questions, each over its answer, printed under a short
// article and longer than it: the article under its header is the body.
func TestTextBodyArticleOverReaderQuestions(t *testing.T) {
	page := []string{
		"Home", "Politics", "World",
		"Parliament delays the vote on the deal",
		"19 October 2019 16:14",
		"",
		"Parliament has put off its decision on the prime minister's deal. The members voted for an amendment that withholds approval until the law to carry it out has been passed, and the government must now ask for a delay.",
		"",
		"The prime minister said he would not negotiate a delay with the union and that he would bring the law before the house next week, whatever the opposition may try to do in the meantime.",
		"",
		"Topics in this article", "Parliament", "Vote", "Union", "Prime minister", "Opposition", "Elections",
		"Deal goes to parliament", "Brilliant retort", "Tour in the capital", "By Ann Lee",
		"Parliament in session", "Super Saturday", "Video", "Photos", "Share", "Print", "Mail",
		"Quiz", "How well do you know the city?",
		"Community", "Newest", "Most answered",
	}
	for _, qa := range [][2]string{
		{"What is the film with two men who are ill?", "I am looking for a film in which two men who are both very ill set out on a last trip together to see the sea, and I cannot remember its name however hard I try."},
		{"Why did the party lose the election?", "My view: most people vote from the gut, and the other side simply told the better story about what would happen to their jobs and their towns in the years to come."},
		{"Is the debate about the climate going the wrong way?", "Drivers and people who fly are blamed all the time, while the big plants that burn coal all day long are hardly ever named in the papers or on the evening news."},
		{"How will the higher allowance for commuters help?", "The allowance is for me a way of paying less tax, and it rewards those who live far from their work with more money the further they drive every day."},
		{"How likely are the protests in the port city to succeed?", "The city was handed back more than twenty years ago after long talks, and the treaty promised it its own system for fifty years, which many now think is ending."},
		{"Must the shop record our working hours?", "Good day, in our garden centre the working time is taken by fingerprint, and I would like to know whether the shop may do that without asking each of us first."},
	} {
		page = append(page, qa[0], qa[1])
	}
	page = append(page, "Newsticker", "Imprint")
	body := textBodyOf(t, strings.Join(page, "\n"))
	if !strings.Contains(body, "put off its decision") {
		t.Errorf("article missing from body:\n%s", body)
	}
	if strings.Contains(body, "two men who are ill") {
		t.Errorf("readers' questions taken for the article:\n%s", body)
	}
}

// textFormField reads a line that folds as it stands: it must find the
// labels the plain reading finds on a lower-cased copy, in either case
// and in other scripts.
func TestTextFormFieldAgrees(t *testing.T) {
	plain := func(s string) (string, bool) {
		low := strings.ToLower(s)
		for _, f := range textFormFields {
			if !strings.HasPrefix(low, f) {
				continue
			}
			rest := strings.TrimLeft(low[len(f):], " *:")
			if rest == "" || rest[0] == '(' && strings.HasSuffix(strings.TrimRight(rest, " *:"), ")") {
				return f, true
			}
		}
		return "", false
	}
	lines := []string{
		"Name *", "NAME *", "E-Mail (erforderlich)", "E-MAIL (ADRESSE WIRD NIEMALS VERÖFFENTLICHT)", "Website",
		"WebSite:", "URL", "Nom *", "Correo electrónico *", "CORREO ELECTRÓNICO *", "Imię", "IMIĘ *", "Имя", "ИМЯ *",
		"Adresse de messagerie", "Site web", "Namen", "Email me", "Website (optional", "Naam:", "name\xff",
	}
	for _, s := range lines {
		l := textSplitLines(s)[0]
		wf, wok := plain(l.text)
		if f, ok := textFormField(&l); f != wf || ok != wok {
			t.Errorf("textFormField(%q) = %q, %v, want %q, %v", s, f, ok, wf, wok)
		}
	}
}

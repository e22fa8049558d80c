package extract

import (
	"strings"
	"testing"
)

// A list of other stories under a header in the reader's language ends
// the article, though its teasers are sentences; the same words as a menu
// item over the article do not.
func TestTextBodyTailHeader(t *testing.T) {
	article := []string{
		"El concejo municipal aprobó anoche el presupuesto de la ciudad para el próximo año, con un aumento del gasto en transporte público y en la limpieza de los parques del centro, después de una sesión de seis horas.",
		"",
		"La alcaldesa dijo que la mayor parte del dinero irá a nuevas líneas de autobús que unirán los barrios del norte con el hospital, una obra que los vecinos piden desde hace más de diez años.",
		"",
	}
	tail := []string{
		"Otras noticias",
		"",
		"Los vecinos del barrio sur piden más luces en las calles y una nueva plaza para los niños del lugar.",
		"",
		"El club de la ciudad ganó el torneo regional por tercera vez y celebró con sus hinchas en la plaza.",
	}
	for _, head := range []string{"Otras noticias", "Mirá también", "Ähnliche Nachrichten", "Das Thema könnte dich auch interessieren:",
		"Die meistgelesenen Artikel", "Artikel zum Thema", "Mehr Themen:", "Más sobre Ciudad", "Lo último", "Ähnliche Artikel",
		"Weitere Informationen", "Ansprechpartner", "Originalpublikation", "Zusatzinformationen:"} {
		tail[0] = head
		page := strings.Join(append(append([]string{"Inicio", "Ciudad", "Deportes", ""}, article...), tail...), "\n")
		body := textBodyOf(t, page)
		if !strings.Contains(body, "El concejo municipal") || !strings.Contains(body, "La alcaldesa") {
			t.Errorf("%s: article missing:\n%s", head, body)
		}
		if strings.Contains(body, "barrio sur") || strings.Contains(body, "torneo regional") {
			t.Errorf("%s: teasers kept in body:\n%s", head, body)
		}
	}
	// Over the article the header is a menu item.
	lines := []tLine{{text: "About the Author"}, {text: "Archives"}}
	for i := range lines {
		lines[i].measure()
	}
	textBodyTails(lines)
	if lines[0].tail {
		t.Errorf("menu item over the article taken for a tail header")
	}
	// "Weitere Informationen" heads a list only as the whole line; with
	// more words it leads on in the text.
	lines = []tLine{{text: article[0]}, {text: "Weitere Informationen zum Volksbegehren:"}, {text: "Weitere Informationen"}}
	for i := range lines {
		lines[i].measure()
	}
	textBodyTails(lines)
	if lines[1].tail || !lines[2].tail {
		t.Errorf("'Weitere Informationen' lead-in tail %v, header alone tail %v; want false, true", lines[1].tail, lines[2].tail)
	}
}

// A teaser of another story inside the article ("Lea también: ...") is
// left out of the body; a sentence that opens with the words is kept.
func TestTextBodyTeaserLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo", true},
		{"VEA TAMBIÉN: Entre heces y guaricha, la escuela no brilla", true},
		{"Czytaj też: Wyścig zbrojeń ruszył z kopyta", true},
		{"Read more: Looted colonial art: Germany to set up new contact office", true},
		{"Read more about the plan in our report from last week.", false},
		{"Lea también el informe del año pasado, que dice lo mismo.", false},
		{"Lea también:", false},
	} {
		l := tLine{text: tc.line}
		l.measure()
		if got := textTeaserLine(&l); got != tc.want {
			t.Errorf("textTeaserLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// The line a blog files its post with ends the post: the author's box
// under it is not the article's.
func TestTextBodyFilingLine(t *testing.T) {
	page := strings.Join([]string{
		"Startseite", "Podcast", "Kontakt", "",
		"Folge 39: Rückblick auf das Wissenscamp",
		"",
		"In dieser Folge sprechen wir mit drei Gästen über das Wissenscamp in Berlin, über die Sitzungen, die sie besucht haben, und über das, was sie von dort in ihre eigene Arbeit mitnehmen konnten.",
		"",
		"Die Gäste erzählen auch, warum sie im nächsten Jahr wieder dabei sein wollen und was sie sich für die Zukunft des Treffens wünschen, das jedes Jahr mehr Menschen anzieht.",
		"",
		"Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin, camp von Anna Berg. Lesezeichen für den Permalink.",
		"",
		"Anna Berg",
		"",
		"Anna Berg ist Gründerin einer kleinen Akademie für Wissensarbeit und schreibt seit vielen Jahren über das Lernen in Organisationen, über Netzwerke und über die Arbeit in der Zukunft.",
		"",
		"Kommentar verfassen",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "In dieser Folge") || !strings.Contains(body, "Die Gäste erzählen") {
		t.Errorf("post missing:\n%s", body)
	}
	if strings.Contains(body, "Gründerin") || strings.Contains(body, "Dieser Eintrag") {
		t.Errorf("filing line or author box kept:\n%s", body)
	}
}

// A call to subscribe or follow the site, inside or under the article, is
// left out of the body; a sentence of the article that speaks of
// subscribers is kept.
func TestTextBodyPromoLine(t *testing.T) {
	page := strings.Join([]string{
		"Inicio", "Política", "Deportes", "",
		"El gobierno anunció ayer un nuevo plan de transporte para la capital, que incluye tres líneas de tren y más de cien autobuses eléctricos que empezarán a circular el próximo año.",
		"",
		"Subscribe now to our weekend edition for the full story.",
		"",
		"Según el ministro, el plan costará unos dos mil millones de dólares y será pagado en parte con un préstamo del banco regional, que ya aprobó la primera cuota del dinero.",
		"",
		"Síguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras noticias.",
		"",
		"Subscribers of the service said the new lines would cut their trips to work by half.",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "El gobierno anunció") || !strings.Contains(body, "Según el ministro") {
		t.Errorf("article missing:\n%s", body)
	}
	if strings.Contains(body, "Subscribe now") || strings.Contains(body, "Síguenos") {
		t.Errorf("call to the reader kept:\n%s", body)
	}
	if !strings.Contains(body, "Subscribers of the service") {
		t.Errorf("sentence about subscribers dropped:\n%s", body)
	}
	// Prompts to donate, to comment, to come back, and the placeholder of
	// an embed that waits for consent.
	for _, prompt := range []string{
		"Du willst nichts mehr verpassen?",
		"Dir hat der Artikel gefallen? Jetzt teilen...",
		"If you enjoyed reading this post, would you consider supporting our work?",
		"Jede kleine Spende hilft den Menschen in Not!",
		"Klicken Sie auf den unteren Button, um den Inhalt von www.example.org zu laden.",
		"Verraten Sie gerne in den Kommentaren: Wie haben Sie den Winter erlebt?",
		"Para comentar debes registrarte y completar los datos generales.",
		"Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren?",
		"Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung her.",
		"Gefällt dir unser Magazin? Wir haben entschieden, keine Bezahlschranke einzuführen.",
		"Thank you for visiting example.org. You are using a browser version with limited support for CSS.",
	} {
		l := tLine{text: prompt}
		l.measure()
		if !textPromoLine(&l) {
			t.Errorf("textPromoLine(%q) = false, want true", prompt)
		}
	}
}

// The author's box under the article (a name over a biography that opens
// with it) ends the body; a name over a paragraph with more of the
// article under it is a subheading and stays.
func TestTextBodyAuthorBox(t *testing.T) {
	article := []string{
		"Home", "News", "Tech", "",
		"Rust has topped the survey of the most loved languages for the fifth year in a row, and the reasons the users give are the same as in the years before it: speed, safety and the tools.",
		"",
		"Most of those who answered use the language at work, and a third of them say their company plans to use it more in the coming year, which is a large share for a young language.",
		"",
		"The survey also asked what keeps people from the language, and the answers point to the time it takes to learn and to the libraries that are still missing in some fields.",
		"",
	}
	box := []string{
		"Jake Goulding",
		"",
		"Jake is the co-founder of a small consultancy that works with the language and writes about it in his spare time.",
		"",
		"Related",
	}
	body := textBodyOf(t, strings.Join(append(append([]string{}, article...), box...), "\n"))
	if !strings.Contains(body, "Rust has topped") || !strings.Contains(body, "Most of those") {
		t.Errorf("article missing:\n%s", body)
	}
	if strings.Contains(body, "co-founder") || strings.Contains(body, "Jake Goulding") {
		t.Errorf("author's box kept:\n%s", body)
	}
	sub := append(append([]string{}, article...),
		"Liam Williams", "",
		"Liam Williams fought the champion last April and went the full twelve rounds, which few of his rivals had done before him.",
		"",
		"With a clear win over Williams, the challenger now hopes for a title fight in the near future, and his team says talks have begun.",
	)
	body = textBodyOf(t, strings.Join(sub, "\n"))
	if !strings.Contains(body, "went the full twelve rounds") {
		t.Errorf("paragraph under a name subheading dropped:\n%s", body)
	}
}

// A header of the author's box ("About the author", "Über Anna Berg")
// among the last lines of the run ends the article.
func TestTextBodyBoxHead(t *testing.T) {
	for _, head := range []string{"About the author", "Autoreninfo", "Über Anna Berg"} {
		page := strings.Join([]string{
			"Home", "Blog", "",
			"The city council voted last night to close the old bridge for a year of repairs, after the engineers found cracks in two of its piers during the spring inspection.",
			"",
			"Drivers will have to take the ring road, which the council expects to add ten minutes to a trip across town in the busy hours of the morning and the evening.",
			"",
			"The work is to start in June, and the council has asked the company that will do it to keep one lane open for cyclists and for people on foot.",
			"",
			head,
			"",
			"She has covered the city hall for the paper since 2015 and writes about transport, housing and the budgets of the towns around the city, and she lives with her family near the river.",
		}, "\n")
		body := textBodyOf(t, page)
		if !strings.Contains(body, "The work is to start") {
			t.Errorf("%s: article missing:\n%s", head, body)
		}
		if strings.Contains(body, "covered the city hall") {
			t.Errorf("%s: author's box kept:\n%s", head, body)
		}
	}
	l := tLine{text: "Über die Brücke"}
	l.measure()
	if textBoxHead(&l) {
		t.Errorf("a subheading taken for the author's box")
	}
}

// A count of comments with the post's long title over dated comments
// opens the comments, however long the title makes the line.
func TestTextBodyLongCommentCount(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Essays", "",
		"The song came out in the spring of the year I left school, and for a few months it was on every radio in the town, in the cars, in the shops and in the kitchen of the house where I grew up.",
		"",
		"I did not know then what the words meant, or that the singer had written them about a night alone in a hotel room, but I knew the sound of a voice that meant every one of them.",
		"",
		"11 responses to “The Loneliest Woman in the World: An Appreciation of an Old Song by a Band”",
		"Art Edwards says:",
		"July 11, 2011 at 12:25 pm",
		"",
		"So true. These singles will always have a special place for me, so many sweet numbers even if I was a little too young to hear them when they came out on the radio in our town.",
		"",
		"Reply",
		"Harry Paterson says:",
		"July 11, 2011 at 2:54 pm",
		"",
		"Now that was great writing, thoroughly enjoyable, and it sent me back to the record for the first time in years, which I played three times in a row last night.",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "The song came out") {
		t.Errorf("post missing:\n%s", body)
	}
	if strings.Contains(body, "great writing") || strings.Contains(body, "So true") {
		t.Errorf("comments kept:\n%s", body)
	}
}

// A post shorter than the blog's filing line under it is still the body:
// the filing line is known by its wording, not by prose above it.
func TestTextBodyFilingUnderShortPost(t *testing.T) {
	page := strings.Join([]string{
		"Lens Rumors", "Home", "Forum", "Reviews", "Send Tips",
		"More sample images from the new 70-200mm lens",
		"By admin | Published: October 28, 2012",
		"",
		"In addition to the first set of sample images from the new zoom I published a few days ago, here are some more taken by readers:",
		"",
		"This entry was posted in Lenses and tagged 70-200mm, sample images, zoom lenses, readers' pictures. Bookmark the permalink.",
		"« Weekly news flash #186",
		"New camera to be announced next »",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "In addition to the first set") {
		t.Errorf("post missing from body:\n%s", body)
	}
	if strings.Contains(body, "This entry was posted") {
		t.Errorf("filing line kept in body:\n%s", body)
	}
}

// A long legal notice that ends "All Rights Reserved." ends the page:
// the prose blurbs above it are the site's, and the notice itself is no
// paragraph of the article.
func TestTextBodyLongRightsNotice(t *testing.T) {
	marks := strings.Repeat("the League Shield, the word mark and image of the Cup, the Winter Classic name and logo, ", 8)
	page := strings.Join([]string{
		"Home", "Scores", "Teams",
		"",
		"League and Players Resume Talks",
		"",
		"NEW YORK -- Negotiations between the league and the players' association resumed on Saturday, with both sides meeting at a private location for several hours, a spokesman said.",
		"",
		"The director of the association said the agenda would focus on the share of revenue, and that both sides had agreed not to discuss the talks in public until they were over.",
		"",
		"TOP HEADLINES",
		"Talks resume in New York | Director",
		"All-time team selected |",
		"White House visits: Stars | Wings | Photos",
		"Winger finally gets reward | Hall call",
		"Hall of Famers: Last 20 years | Steady",
		"Forward used break to clear head, refine game",
		"Super Series Blog: Russia takes opener, 6-2",
		"Rookie finds the net | Games on TV",
		"Winter Classic cancelled | Ticket options",
		"WACKY CELEBRATIONS",
		"",
		"The League Video Community is a new experience where fans can watch the latest and greatest videos and share them with their friends and the rest of the community.",
		"",
		"League.com is the official web site of the League. " + marks + "are registered trademarks of the League. © League 2012. All Rights Reserved.",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "The director of the association") {
		t.Errorf("article missing from body:\n%s", body)
	}
	for _, bad := range []string{"Video Community", "official web site"} {
		if strings.Contains(body, bad) {
			t.Errorf("%q kept in body:\n%s", bad, body)
		}
	}
}

// "Was this article helpful?" under the article asks the reader and is
// no paragraph of it.
func TestTextBodyHelpfulPrompt(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Tech", "Contact",
		"",
		"How to Protect Your Accounts",
		"",
		"Most accounts are broken into with a password that was stolen elsewhere, so the first step is to use a different password for every site, kept in a password manager.",
		"",
		"The second step is to turn on a second factor wherever the site offers one, best an app or a key rather than a text message, which can be intercepted.",
		"",
		"Was this article helpful? Tell us what you think.",
		"",
		"A lawyer explains what the court's ruling means for users whose data was stored abroad, and what they can ask of the companies that hold it.",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "The second step") {
		t.Errorf("article missing from body:\n%s", body)
	}
	if strings.Contains(body, "Was this article helpful") {
		t.Errorf("prompt kept in body:\n%s", body)
	}
}

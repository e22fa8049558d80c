package extract

import (
	"fmt"
	"strings"
	"testing"
)

// textBodyOf reads page and returns its body blocks joined by newlines.
func textBodyOf(t *testing.T, page string) string {
	t.Helper()
	p, err := readText(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range p.blocks {
		got = append(got, b.text)
	}
	return strings.Join(got, "\n")
}

// The items of a list a sentence introduces with a colon belong to the
// text, the long one with few function words too.
func TestTextBodyListUnderColon(t *testing.T) {
	page := strings.Join([]string{
		"About", "Services", "Contact", "Loading",
		"Home > Spring Workshop: Pruning Fruit Trees",
		"Spring Workshop: Pruning Fruit Trees",
		"Tweet",
		"",
		"Join us for our free spring workshop with the orchard keeper, Ada Moss, and our very own gardener, Tom Reed. In this workshop we will cover:",
		"",
		"5 key pruning cuts, including heading cuts, thinning cuts, renewal cuts and summer pruning",
		"Why these cuts are so important for a healthy harvest",
		"How to quickly find out which branches of your own trees to take",
		"",
		"After registering you will receive a letter with the address of the orchard.",
		"",
		"Space is limited so sign up today!",
		"",
		"March 6, 2024",
		"Tweet",
		"Most Popular",
		"Ten Roses for a Shady Corner", "Compost in Winter", "The Best Spades", "Seeds to Sow in May", "Hedges",
	}, "\n")
	body := textBodyOf(t, page)
	for _, want := range []string{"5 key pruning cuts", "Why these cuts", "Space is limited"} {
		if !strings.Contains(body, want) {
			t.Errorf("%q missing from body:\n%s", want, body)
		}
	}
	if strings.Contains(body, "Compost in Winter") {
		t.Errorf("teaser kept in body:\n%s", body)
	}
}

// A post of one short paragraph with many comments under it: the post is
// the body, not the longest comment.
func TestTextBodyShortPostOverComments(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Archives", "Videos", "Subscribe",
		"",
		"The Garden Blog",
		"",
		"12 May: The old rose of the chapel",
		"",
		"by Ann Lee on May 12, 2024",
		"",
		"Whenever you walk past the chapel in the hills, I ask you to stop for a minute and look at the old rose by its door.",
		"",
		"Previous post: Nine ways to water less",
		"",
		"Next post: Seeds worth keeping",
		"",
		"{ 4 comments… read them below or add one }",
		"",
		"Mara Holt May 14, 2024 at 10:16 pm",
		"",
		"I went there last week with my mother, who had not left the house since her illness, and when she saw the old rose by the door of the chapel she began to talk again about the garden of her childhood, the roses her father grew, and the summer she spent there as a girl.",
		"",
		"Reply",
		"",
		"Jon Berg May 13, 2024 at 6:30 pm",
		"",
		"I never knew there was a chapel up there. It is now on my list of places to go this summer.",
		"",
		"Reply",
		"",
		"Pia Lind May 13, 2024 at 1:24 am",
		"",
		"Thank you for the lovely picture.",
		"",
		"Reply",
		"",
		"Leave a Comment",
		"Name *", "E-mail *", "Website",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "look at the old rose by its door") {
		t.Errorf("post missing from body:\n%s", body)
	}
	if strings.Contains(body, "garden of her childhood") {
		t.Errorf("comment taken into the body:\n%s", body)
	}
}

// A tab strip over panes of the page: the article is printed once per
// pane, and the "Comments" tab, with a dated pane under it, opens no
// comment section that would wall the article off.
func TestTextBodyCommentTabOverPanes(t *testing.T) {
	notice := "Reprints: this copy is for your personal, non-commercial use only. To order copies of this article for distribution to your colleagues, clients or customers, use the order form at the foot of the page or write to us."
	sample := "See a sample reprint in PDF format. Order a reprint of this article now."
	article := []string{
		"",
		"Home prices in the second quarter rose from the year-ago period for the first time since 2007, according to a closely watched index, the latest sign that the housing market is starting to recover.",
		"",
		"The report, which is due on Tuesday from a real-estate firm, found that for the quarter ending in June, home values were up slightly from the same period a year earlier.",
		"",
		"While other indicators have shown prices turning up since the spring, most looked at short-term changes from one month to the next, which swing with the seasons.",
		"",
	}
	page := []string{"Home", "World", "Business", "Markets", "Real Estate", "Property Search", "", notice, "", sample,
		"REAL ESTATE", "Updated July 24, 2012, 9:16 a.m. ET", "Home Prices Reflect Strengthening",
		"Article", "Video", "Interactive Graphics", "Comments", "more in Real Estate", "", notice, "", sample,
		"REAL ESTATE", "Updated July 24, 2012, 9:16 a.m. ET", "Home Prices Reflect Strengthening", "BY ANN LEE"}
	page = append(page, article...)
	page = append(page, "Copyright 2012 Example Media. All Rights Reserved", "Most Popular", "Markets Slide", "Banks Rally", "Oil Falls")
	body := textBodyOf(t, strings.Join(page, "\n"))
	if !strings.Contains(body, "home values were up slightly") {
		t.Errorf("article missing from body:\n%s", body)
	}
}

// A drop-down menu printed with its label glued to its text is chrome,
// however long its text; a paragraph opening with a brand in camel case
// under a short line is not.
func TestTextBodyGluedMenuLabel(t *testing.T) {
	if !textGluedLabel("BooksJuly, 2009: The guide is out and selling!") || !textGluedLabel("MicroConsult“As someone trying to get my startup going, time is short.") {
		t.Error("a label glued to its drop-down's text not seen")
	}
	for _, s := range []string{"TechCrunch ran a popular series some years back.", "WordPress for Startups", "McCain said on Monday that he would run.", "iPhone sales rose, the company said."} {
		if textGluedLabel(s) {
			t.Errorf("%q taken for a glued label", s)
		}
	}
	menu := "BooksJuly, 2009: The Startup Guide is out and selling! (Looking for the PDF version?) Below is a preview of what the guide holds, chapter by chapter, with a word on who it is for, why it was written and what the readers of the first edition said about it, which was a lot, and mostly kind."
	page := strings.Join([]string{
		"Home",
		menu,
		"Ask Bob",
		"",
		"Keeper emails from a startup list",
		"",
		"For the past week or so I have been getting these great startup advice emails, one a day, and I have to say they are the best thing in my inbox.",
		"",
		"Each one is short and to the point, and each one made me change something in the way I run my business, which is more than most books did.",
		"",
		"Search", "Recent Comments", "Categories",
	}, "\n")
	body := textBodyOf(t, page)
	if strings.Contains(body, "Startup Guide is out") {
		t.Errorf("drop-down menu kept in body:\n%s", body)
	}
	if !strings.Contains(body, "best thing in my inbox") {
		t.Errorf("article missing from body:\n%s", body)
	}
}

// A short post under a long thread of dated comments: the thread, however
// long, is not the body.
func TestTextBodyLongThreadUnderPost(t *testing.T) {
	page := []string{
		"Home", "About", "Books", "Subscribe", "",
		"Old tides", "", "by Jon on July 15, 2012", "",
		"In his letters the old writer says the following about the tides of the inner sea, which rise and fall with the moon as if the water itself were drawn by it across the whole of the basin.",
		"",
		"He does not only mention a link between the moon and the tides, he says that the tides are pulled by the moon, which is a good deal more than most writers of his time were willing to say.",
		"",
		"Tagged as: History",
		"",
		"{ 6 comments… read them below or add one }",
	}
	comment := "I think the link was well known long before him, and the sailors of the inner sea knew when the water would rise from the moon alone, but to say that the moon pulls the water is another thing, and it took a long time before anybody could show how it might happen, since nobody had any idea of a force that acts at a distance, which is what the pull of the moon needs; the later writers who followed him were careful to say only that the two go together, and that is where the matter rested for a very long time."
	for k := 1; k <= 6; k++ {
		page = append(page, "", fmt.Sprintf("Reader %d 07.1%d.12 at 11:59", k, k), "", comment+fmt.Sprintf(" (%d)", k), "", comment+" Again.", "")
	}
	page = append(page, "Leave a Comment", "Name *", "E-mail *")
	body := textBodyOf(t, strings.Join(page, "\n"))
	if !strings.Contains(body, "pulled by the moon") {
		t.Errorf("post missing from body:\n%s", body)
	}
	if strings.Contains(body, "sailors of the inner sea") {
		t.Errorf("comments taken into the body:\n%s", body)
	}
}

// A caption that credits its picture is the picture's, not the text's;
// the paragraphs around it stay.
func TestTextBodyPhotoCredit(t *testing.T) {
	page := strings.Join([]string{
		"Home", "News", "Sport", "",
		"Oil pumps at dusk",
		"",
		"The price of crude rose for the third day running on Tuesday, as traders bet that the cuts agreed by the producers last month would at last begin to drain the stocks that built up over the winter.",
		"",
		"Oil pumps in the evening light. Photo: Ann Lee/Picture Desk",
		"",
		"Analysts said the rise could last into the summer, when demand for fuel is highest, unless the producers that stayed out of the deal raise their output to win back the buyers they lost.",
		"",
		"Photo by Tom Berg on Unsplash",
		"",
		"Most Read", "Markets Slide", "Banks Rally",
	}, "\n")
	body := textBodyOf(t, page)
	for _, chrome := range []string{"Ann Lee/Picture Desk", "on Unsplash"} {
		if strings.Contains(body, chrome) {
			t.Errorf("credited caption %q kept in body:\n%s", chrome, body)
		}
	}
	if !strings.Contains(body, "drain the stocks") || !strings.Contains(body, "win back the buyers") {
		t.Errorf("paragraphs missing from body:\n%s", body)
	}
	for _, s := range []string{"Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", "(Foto: Getty)", "Puerto de Montevideo. Foto: Archivo.", "Stau © aremac / Clipdealer"} {
		if !textPhotoCredit(s) {
			t.Errorf("%q not read as a credit", s)
		}
	}
	for _, s := range []string{"Photo:", "The Photo: a history of the snapshot", "Quellen und Inspiration",
		"No matter how long I stare at this, I still can't believe it is a pencil drawing. Artwork and photos © Ann Lee"} {
		if textPhotoCredit(s) {
			t.Errorf("%q read as a credit", s)
		}
	}
}

// Prose in a language whose function words the lists hold few of (a
// Polish news item shows one in six or seven words) is prose: the page's
// own long lines bring the thresholds down.
func TestTextBodySparseStopWords(t *testing.T) {
	page := strings.Join([]string{
		"Kraj Świat Opinie Historia Ekonomia Zdrowie",
		"Ekonomia",
		"Dodano: 30 kwietnia 2021, 11:55",
		"",
		"Stopa bezrobocia w Polsce wyniosła 3,1 proc. w marcu i nadal pozostaje najniższa wśród krajów Unii Europejskiej – podał urząd statystyczny.",
		"",
		"Wyrównana sezonowo stopa bezrobocia w Polsce wyniosła 3,1 proc. w marcu 2021 roku wobec 3,1 proc. w poprzednim miesiącu, wynika z danych opublikowanych we wtorek przez urząd statystyczny w Luksemburgu.",
		"",
		"Dane te oznaczają, że Polska kolejny miesiąc pozostaje na pierwszym miejscu wśród państw notujących najniższe bezrobocie, przed Czechami (3,4 proc.) oraz Holandią (3,5 proc.), natomiast najwyższe notuje Hiszpania.",
		"",
		"Liczba bezrobotnych w Polsce wyniosła 534 tys. w marcu wobec 540 tys. miesiąc wcześniej. W całej Unii stopa bezrobocia wyniosła 7,3 proc. wobec 7,4 proc. w lutym bieżącego roku, podano w komunikacie.",
		"",
		"Urząd statystyczny mierzy zharmonizowaną stopę bezrobocia jako procent osób w wieku 15-74 lata pozostających bez pracy, gotowych podjąć pracę w ciągu dwóch tygodni oraz aktywnie poszukujących pracy.",
		"",
		"Według danych Głównego Urzędu Statystycznego stopa bezrobocia mierzona jako odsetek bezrobotnych zarejestrowanych w urzędach pracy wyniosła 6,4 proc. na koniec marca bieżącego roku.",
		"",
		"Czytaj też:",
		"Najnowsze",
		"Kontakt",
		"Prenumerata",
		"Reklama",
		"Regulamin",
	}, "\n")
	body := textBodyOf(t, page)
	for _, want := range []string{"Dane te oznaczają", "Urząd statystyczny mierzy", "Według danych Głównego"} {
		if !strings.Contains(body, want) {
			t.Errorf("%q missing from body:\n%s", want, body)
		}
	}
	if strings.Contains(body, "Prenumerata") {
		t.Errorf("menu kept in body:\n%s", body)
	}
}

// A first paragraph that opens with the headline's words and runs on
// ("Dear People of Europe, in Greece, ...") is the body's, though the
// run's trim took it as title-like; the headline alone is not.
func TestTextLeadOpensWithHeadline(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Blog", "About", "",
		"← Older posts",
		"Dear People of Europe",
		"Published on 13 January 2014 by uriebe",
		"[spanish] [greek] [english]", "",
		"Dear People of Europe, in Greece, Spain, Italy or wherever you live!", "",
		"We are people in Germany, people from the occupy movement, people from all walks of life, we are the 99% who do not profit from the financial crisis but pay for it.", "",
		"Through this policy we are all on a steep slide downhill together. In Europe the takeover of power by capital is being completed right now, and the parliaments look on.", "",
		"That is why we too must now join together more closely and stand up for a Europe of its people, not of its banks.", "",
		"Share this:", "Twitter",
	}, "\n")
	body := textBodyOf(t, page)
	if !strings.Contains(body, "Dear People of Europe, in Greece") {
		t.Errorf("first paragraph that opens with the headline dropped:\n%s", body)
	}
	if strings.Contains(body, "Dear People of Europe\n") || strings.HasSuffix(body, "Dear People of Europe") {
		t.Errorf("headline alone taken into the body:\n%s", body)
	}
}

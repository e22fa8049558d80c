package model

// The lexicons of the validate rules, in the main languages of news pages
// (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
// Russian, Chinese, Japanese). Everything is written folded (see fold):
// lower case, plain quotes and hyphens.
//
// Each entry names what a site's chrome says, never a site: a phrase must be
// one no article paragraph would plausibly use, because a rule that flags
// good articles is a bug. Where a word is ambiguous ("cookies" in a recipe,
// "share" in a market report) the phrase carries the context that makes it
// chrome ("we use cookies", a paragraph that is nothing but share buttons).

// genericTitles are page titles that name no article: site sections, error
// and challenge pages.
var genericTitles = set(
	// English
	"home", "homepage", "home page", "index", "main page", "front page", "welcome", "news",
	"untitled", "untitled document", "no title", "new page", "blog",
	"404", "404 not found", "not found", "page not found", "error 404", "404 error", "404 page not found",
	"file not found", "oops", "oops!", "sorry", "page unavailable", "content not found",
	"error", "an error occurred", "server error", "internal server error", "500 internal server error",
	"403", "403 forbidden", "forbidden", "access denied", "access forbidden", "unauthorized",
	"401 unauthorized", "502 bad gateway", "bad gateway", "503 service unavailable", "service unavailable",
	"just a moment", "just a moment...", "attention required", "attention required! cloudflare",
	"please wait", "loading", "loading...", "redirecting", "redirecting...", "one more step",
	"are you a robot", "are you a human", "robot check", "security check", "verify you are human",
	"captcha", "human verification", "please enable javascript", "javascript is disabled",
	"site maintenance", "under maintenance", "temporarily unavailable", "coming soon",
	"sign in", "log in", "login", "register", "subscribe", "search", "search results",
	"privacy policy", "terms of use", "terms of service", "contact", "contact us",
	"about", "about us", "sitemap", "archive", "archives", "tags", "category",
	"this site can't be reached", "domain for sale", "account suspended",
	// German
	"startseite", "home - startseite", "seite nicht gefunden", "fehler", "fehler 404", "zugriff verweigert",
	"nicht gefunden", "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "suche", "anmelden",
	"einen moment bitte", "bitte warten", "wartungsarbeiten", "nachrichten", "aktuelles", "archiv",
	// French
	"accueil", "page d'accueil", "page introuvable", "page non trouvée", "erreur", "erreur 404",
	"accès refusé", "accès interdit", "connexion", "se connecter", "mentions légales", "recherche",
	"un instant", "veuillez patienter", "actualités",
	// Spanish
	"inicio", "portada", "página de inicio", "página no encontrada", "error 404 - página no encontrada",
	"acceso denegado", "iniciar sesión", "aviso legal", "buscar", "noticias", "un momento",
	// Italian
	"pagina non trovata", "pagina iniziale", "accesso negato", "errore", "accedi", "cerca", "notizie",
	// Portuguese
	"página inicial", "página não encontrada", "acesso negado", "erro", "entrar", "notícias",
	// Dutch
	"pagina niet gevonden", "toegang geweigerd", "inloggen", "zoeken", "nieuws", "voorpagina",
	// Polish
	"strona główna", "strona nie została znaleziona", "nie znaleziono strony", "błąd", "odmowa dostępu",
	"zaloguj się", "aktualności", "wiadomości",
	// Russian
	"главная", "главная страница", "страница не найдена", "ошибка", "ошибка 404", "доступ запрещен",
	"доступ запрещён", "вход", "новости", "поиск",
	// Chinese
	"首页", "主页", "页面不存在", "页面未找到", "找不到页面", "访问被拒绝", "登录", "新闻", "网页无法访问",
	"首頁", "頁面不存在", "找不到網頁",
	// Japanese
	"ホーム", "トップページ", "トップ", "ページが見つかりません", "お探しのページは見つかりませんでした",
	"アクセスが拒否されました", "ログイン", "ニュース", "エラー",
)

// weakGeneric are generic titles that also open real headlines after a
// colon or before a slash ("Home: the new normal", "Error: how a bank...").
var weakGeneric = set(
	"home", "welcome", "news", "index", "blog", "error", "sorry", "oops", "oops!", "about", "archive",
	"contact", "search", "register", "subscribe", "tags", "category", "loading", "coming soon",
	"nachrichten", "aktuelles", "archiv", "suche", "kontakt", "fehler", "actualités", "erreur", "recherche",
	"noticias", "buscar", "notizie", "errore", "cerca", "notícias", "erro", "nieuws", "zoeken", "aktualności",
	"wiadomości", "błąd", "новости", "ошибка", "поиск", "新闻", "ニュース", "エラー", "トップ",
	"portada", "inicio", "accueil", "startseite",
)

// chromeFamily describes one kind of chrome a body paragraph can be.
type chromeFamily struct {
	rule string
	// maxWords: a longer paragraph is body text whatever it mentions.
	maxWords int
	// phrases match anywhere in the folded paragraph, at word boundaries.
	phrases []string
	// whole match the whole paragraph, stripped of punctuation around it.
	whole []string
	// weak phrases count only in a paragraph of at most weakMaxWords words.
	weak []string
	// heads match the start of a paragraph when a colon, a dash or an
	// arrow follows ("Read more: ...", "Lesen Sie auch: ...").
	heads []string
}

var chromeFamilies = []chromeFamily{
	{
		rule:     RuleChromeCookie,
		maxWords: 120,
		// Words about cookies rather than a site's own notice: an article on
		// privacy law says them too, so only a short paragraph counts.
		weak: []string{"use of cookies", "uses cookies to", "cookie policy", "cookie settings", "cookie preferences", "cookies settings", "manage cookies", "consent to the use of", "third-party cookies", "privacy preferences", "cookie consent", "necessary cookies", "verwendet cookies", "nutzt cookies", "cookie-einstellungen", "cookie einstellungen", "einsatz von cookies", "verwendung von cookies", "datenschutzeinstellungen", "notwendige cookies", "utilise des cookies", "paramètres des cookies", "gestion des cookies", "gérer les cookies", "politique de cookies", "utilisation des cookies", "l'utilisation de cookies", "dépôt de cookies", "paramétrer les cookies", "política de cookies", "configuración de cookies", "uso de cookies", "informativa sui cookie", "informativa cookie", "uso dei cookie", "utilizzo dei cookie", "gestisci i cookie", "impostazioni dei cookie", "configurações de cookies", "definições de cookies", "utilização de cookies", "cookiebeleid", "cookie-instellingen", "cookie instellingen", "gebruik van cookies", "polityka cookies", "polityką cookies", "ustawienia plików cookie", "plików cookies", "plików cookie", "wykorzystuje pliki cookies", "политика использования файлов cookie", "файлы cookie", "cookie政策", "cookie 政策", "クッキーポリシー", "cookieポリシー"},
		phrases: []string{
			// English
			"we use cookies", "we use cookies and", "this website uses cookies", "this site uses cookies",
			"our website uses cookies", "our site uses cookies",
			"accept cookies", "accept all cookies", "reject all cookies",
			"manage consent",
			"you agree to our use of cookies", "you consent to our use of cookies",
			"by continuing to browse", "by continuing to use this site", "by continuing to use this website",
			"by using this site, you agree", "by using this website, you agree", "disable this cookie",
			"strictly necessary cookies",
			"store and/or access information on a device", "we value your privacy",

			// German
			"wir verwenden cookies", "wir nutzen cookies", "wir setzen cookies", "diese website verwendet cookies",
			"diese webseite verwendet cookies", "diese website nutzt cookies", "diese seite verwendet cookies",
			"cookies akzeptieren", "alle cookies akzeptieren",

			"der verwendung von cookies zu",
			"stimmen sie der verwendung", "sie der nutzung von cookies zu",
			// French
			"nous utilisons des cookies", "ce site utilise des cookies", "ce site web utilise des cookies",
			"accepter les cookies", "accepter tous les cookies",

			"vous acceptez l'utilisation",
			// Spanish
			"utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies", "este sitio utiliza cookies",
			"esta web utiliza cookies", "este sitio usa cookies", "aceptar cookies", "aceptar todas las cookies",
			"acepta el uso de cookies",
			"aceptas el uso de cookies", "usted acepta el uso",
			// Italian
			"utilizziamo i cookie", "utilizziamo cookie", "usiamo i cookie", "questo sito utilizza cookie",
			"questo sito utilizza i cookie", "questo sito usa i cookie", "accetta i cookie", "accetta tutti i cookie",

			// Portuguese
			"utilizamos cookies", "este site utiliza cookies", "este site usa cookies", "este website utiliza cookies",
			"aceitar cookies", "aceitar todos os cookies",

			// Dutch
			"wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies",
			"deze site gebruikt cookies", "maakt gebruik van cookies", "cookies accepteren",
			"alle cookies accepteren",

			// Polish
			"używamy plików cookie", "używamy ciasteczek", "ta strona używa plików cookie",
			"ta strona używa ciasteczek", "strona korzysta z plików cookie", "serwis korzysta z plików cookie",
			"serwis wykorzystuje pliki cookie",
			"akceptuję pliki cookie",

			// Russian
			"мы используем файлы cookie", "мы используем cookie", "мы используем куки",
			"сайт использует файлы cookie", "сайт использует cookie", "сайт использует куки",
			"использованием файлов cookie", "использование файлов cookie", "принять cookie",

			// Chinese
			"我们使用cookie", "我们使用 cookie", "本网站使用cookie", "本网站使用 cookie", "使用cookies",
			"接受cookie", "接受所有cookie", "本網站使用cookie",
			// Japanese
			"クッキーを使用", "cookieを使用", "cookie を使用", "クッキーの使用", "cookieの使用",
			"すべてのcookieを受け入れる",
		},
	},
	{
		rule:     RuleChromeNewsletter,
		maxWords: 60,
		phrases: []string{
			// English
			"sign up for our newsletter", "sign up to our newsletter", "subscribe to our newsletter",
			"subscribe to the newsletter", "sign up for the newsletter", "get our newsletter",
			"receive our newsletter", "receive our monthly newsletter", "receive our weekly newsletter",
			"join our newsletter", "join our mailing list", "subscribe to our mailing list",
			"delivered to your inbox", "straight to your inbox", "direct to your inbox", "in your inbox every",
			"enter your email address", "enter your e-mail address", "your email address will not be published",
			"unsubscribe at any time", "you can unsubscribe at any time", "no spam, we promise",
			"sign up for free newsletters", "sign up to receive", "newsletter sign-up", "newsletter signup",
			"thank you for subscribing", "thanks for signing up", "by signing up, you agree",
			"subscribe to our channel", "subscribe now", "subscribe today", "please subscribe",
			// German
			"newsletter abonnieren", "zum newsletter anmelden", "für den newsletter anmelden",
			"melden sie sich für unseren newsletter an", "melden sie sich jetzt für unseren newsletter",
			"unser kostenloser newsletter", "unseren newsletter", "jetzt newsletter", "newsletter bestellen",
			"jederzeit abbestellen", "jederzeit wieder abmelden", "e-mail-adresse eingeben",
			"ihre e-mail-adresse", "jetzt abonnieren", "abonnieren sie unseren",
			"deine e-mail-adresse wird nicht veröffentlicht", "abonniere unseren newsletter", "gib deine e-mail-adresse ein", "mit unserem newsletter", "ihre e-mail-adresse wird nicht veröffentlicht",
			// French
			"inscrivez-vous à notre newsletter", "inscrivez-vous à la newsletter", "abonnez-vous à notre newsletter",
			"abonnez-vous à la newsletter", "recevez notre newsletter", "inscription à la newsletter",
			"votre adresse e-mail", "votre adresse email", "votre adresse de messagerie",
			"désabonner à tout moment", "désinscrire à tout moment", "abonnez-vous",
			// Spanish
			"suscríbete a nuestro boletín", "suscríbete a nuestra newsletter", "suscríbase a nuestro boletín",
			"suscríbete al boletín", "recibe nuestro boletín", "recibe nuestra newsletter",
			"tu dirección de correo electrónico", "tu correo electrónico", "date de baja en cualquier momento",
			"suscríbete", "suscríbete ahora", "suscribirse",
			// Italian
			"iscriviti alla newsletter", "iscriviti alla nostra newsletter", "ricevi la nostra newsletter",
			"il tuo indirizzo email", "il tuo indirizzo e-mail", "iscriviti ora", "abbonati ora",
			// Portuguese
			"assine nossa newsletter", "assine a nossa newsletter", "inscreva-se na nossa newsletter",
			"inscreva-se na newsletter", "receba nossa newsletter", "receba a nossa newsletter",
			"seu endereço de e-mail", "o seu email", "assine já", "assine agora",
			// Dutch
			"schrijf je in voor onze nieuwsbrief", "schrijf je in voor de nieuwsbrief", "meld je aan voor de nieuwsbrief",
			"meld je aan voor onze nieuwsbrief", "abonneer je op onze nieuwsbrief", "ontvang onze nieuwsbrief",
			"inschrijven nieuwsbrief", "je e-mailadres", "uw e-mailadres",
			// Polish
			"zapisz się do newslettera", "zapisz się na newsletter", "zapisz się do naszego newslettera",
			"subskrybuj newsletter", "zapraszamy też do subskrypcji", "twój adres e-mail", "twój adres email",
			// Russian
			"подпишитесь на нашу рассылку", "подпишитесь на рассылку", "подписаться на рассылку",
			"подпишитесь на наш", "подписывайтесь на наш", "ваш адрес электронной почты",
			// Chinese
			"订阅我们的", "订阅我们的新闻", "订阅电子报", "訂閱我們的", "订阅本站",
			// Japanese
			"ニュースレターに登録", "メールマガジンに登録", "メルマガ登録", "ニュースレターを購読",
		},
		whole: []string{"newsletter", "subscribe", "abonnieren", "s'abonner", "suscribirse", "iscriviti",
			"assinar", "abonneren", "subskrybuj", "подписаться", "订阅", "購読", "newsletter abonnieren",
			"sign up", "anmelden", "inscrivez-vous", "bleiben sie auf dem laufenden", "stay informed", "stay up to date"},
	},
	{
		rule:     RuleChromePaywall,
		maxWords: 70,
		phrases: []string{
			// English
			"subscribe to continue reading", "subscribe to read", "subscribe to unlock", "to continue reading",
			"continue reading with", "this article is for subscribers", "this article is only available to",
			"this content is only available to", "this content is for subscribers", "for subscribers only",
			"subscribers only", "exclusive to subscribers", "already a subscriber", "already subscribed?",
			"already have an account", "sign in to continue", "log in to continue", "sign in to read",
			"log in to read", "register to continue", "register to read", "create a free account to",
			"you have reached your limit", "you've reached your limit", "reached your article limit",
			"free articles left", "free article left", "free articles remaining", "free articles this month",
			"unlock this article", "unlock unlimited access", "unlimited digital access", "become a member to read",
			"become a subscriber", "get unlimited access", "immediate online access to all issues",
			"start your free trial", "subscription required",
			// German
			"dieser artikel ist nur für abonnenten", "nur für abonnenten", "exklusiv für abonnenten",
			"bereits abonnent", "schon abonnent", "weiterlesen mit", "jetzt weiterlesen", "kostenlos registrieren und weiterlesen",
			"registrieren und weiterlesen", "um den vollständigen artikel zu lesen", "artikel freischalten",
			"jetzt testen", "ich benötige ein abo", "plus-artikel", "mit plus lesen", "abo abschließen",
			"sie sind aktuell nicht eingeloggt", "zugang zu allen artikeln",
			// French
			"réservé aux abonnés", "article réservé aux abonnés", "cet article est réservé",
			"déjà abonné", "pour lire la suite", "lire la suite de cet article", "abonnez-vous pour lire",
			"accédez à tous les contenus", "offre d'abonnement",
			// Spanish
			"contenido exclusivo para suscriptores", "exclusivo para suscriptores", "solo para suscriptores",
			"ya eres suscriptor", "ya soy suscriptor", "para seguir leyendo", "para continuar leyendo",
			"suscríbete para seguir leyendo", "cancela cuando quieras", "has alcanzado el límite",
			// Italian
			"contenuto riservato agli abbonati", "riservato agli abbonati", "sei già abbonato",
			"per continuare a leggere", "abbonati per leggere", "articolo riservato",
			// Portuguese
			"conteúdo exclusivo para assinantes", "exclusivo para assinantes", "já é assinante",
			"para continuar lendo", "para continuar a ler", "assine para ler", "você atingiu o limite",
			// Dutch
			"alleen voor abonnees", "ben je al abonnee", "bent u al abonnee", "lees verder met",
			"om verder te lezen", "word abonnee", "neem een abonnement",
			// Polish
			"treść dostępna tylko dla", "dostępna tylko dla subskrybentów", "tylko dla subskrybentów",
			"masz już konto", "wykup subskrypcję", "aby przeczytać cały artykuł", "dalsza część artykułu",
			"czytaj dalej z", "kup dostęp",
			// Russian
			"только для подписчиков", "доступно только подписчикам", "оформите подписку",
			"чтобы продолжить чтение", "уже есть подписка", "войдите, чтобы",
			// Chinese
			"订阅后阅读", "订阅后继续阅读", "付费阅读", "登录后阅读", "登录后查看", "剩余内容",
			// Japanese
			"会員限定", "有料会員", "続きを読むには", "この記事は有料",
		},
	},
	{
		rule:     RuleChromeRelated,
		maxWords: 30,
		whole: []string{
			// English
			"related", "related articles", "related stories", "related posts", "related content", "related news",
			"related topics", "related coverage", "related links", "read more", "read also", "read next",
			"see also", "also read", "more from", "more stories", "more on this", "more on this story",
			"more news", "more articles", "more like this", "most viewed", "most read", "most popular",
			"most shared", "most commented", "popular posts", "popular stories", "popular videos",
			"trending", "trending now", "you may also like", "you might also like", "you may be interested in",
			"recommended for you", "recommended stories", "recommended reading", "top stories",
			"latest news", "latest stories", "latest posts", "recent posts", "recent articles", "editor's picks",
			"editors' picks", "further reading", "what to read next", "don't miss", "in case you missed it",
			"also on", "more from news", "around the web", "from the web", "sponsored content", "promoted stories",
			"top posts", "keep reading",
			// German
			"weitere artikel", "mehr zum thema", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
			"auch interessant", "meistgelesen", "meist gelesen", "meistgelesene artikel", "am häufigsten gelesen",
			"meist gelesene beiträge", "verwandte beiträge", "verwandte artikel", "ähnliche beiträge",
			"ähnliche artikel", "lesen sie auch", "lesen sie mehr", "neueste beiträge", "neueste artikel",
			"neue beiträge", "mehr aus dem ressort", "mehr zum thema", "weitere nachrichten", "top-themen",
			"themenrelevante nachrichten", "mehr interessantes", "schon gelesen?", "schon gelesen",
			"noch mehr news", "erfahre mehr", "weiterführende informationen", "vorheriger artikel", "nächster artikel", "next post", "previous post", "mehr news", "beliebte artikel", "beliebte beiträge", "viel gelesen",
			// French
			"à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "les plus lus", "articles similaires",
			"articles liés", "à découvrir", "voir aussi", "à voir aussi", "dans la même rubrique", "les plus partagés",
			"articles récents", "derniers articles", "nos recommandations",
			// Spanish
			"noticias relacionadas", "temas relacionados", "artículos relacionados", "lo más leído", "lo más visto",
			"te puede interesar", "también te puede interesar", "te podría interesar", "más noticias", "lee también",
			"lea también", "ver también", "contenido patrocinado", "entradas recientes", "últimas noticias",
			// Italian
			"articoli correlati", "leggi anche", "i più letti", "più letti", "potrebbe interessarti",
			"ti potrebbe interessare", "altre notizie", "notizie correlate", "ultime notizie", "articoli recenti",
			// Portuguese
			"leia também", "leia mais", "notícias relacionadas", "mais lidas", "mais lidos", "veja também",
			"você também pode gostar", "você pode gostar", "artigos relacionados", "últimas notícias", "posts relacionados",
			// Dutch
			"lees ook", "lees meer", "meest gelezen", "gerelateerde artikelen", "gerelateerd", "meer nieuws",
			"ook interessant", "meer over dit onderwerp", "recente berichten",
			// Polish
			"czytaj też", "czytaj także", "zobacz też", "zobacz także", "najczęściej czytane", "polecamy",
			"powiązane artykuły", "podobne artykuły", "najnowsze", "najpopularniejsze", "przeczytaj też",
			"przeczytaj także", "czytaj więcej", "więcej informacji",
			// Russian
			"читайте также", "читайте еще", "читайте ещё", "самое читаемое", "похожие статьи", "по теме",
			"смотрите также", "популярное", "рекомендуем", "другие новости", "последние новости", "еще по теме",
			// Chinese
			"相关阅读", "相关新闻", "相关文章", "热门文章", "推荐阅读", "延伸阅读", "热门新闻", "相關新聞", "相關閱讀",
			"猜你喜欢", "阅读更多", "更多新闻",
			// Japanese
			"関連記事", "こちらもおすすめ", "人気記事", "あわせて読みたい", "おすすめ記事", "関連ニュース",
			"最新記事", "よく読まれている記事", "アクセスランキング",
		},
		heads: []string{
			"read more", "read also", "also read", "see also", "related", "more", "more from", "more on",
			"watch", "listen", "read next", "recommended", "related article", "related story", "related:",
			"lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "weiterlesen", "siehe auch",
			"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite",
			"lee también", "lea también", "leer más", "ver también", "te puede interesar",
			"leggi anche", "leggi", "leia também", "leia mais", "veja também", "lees ook", "lees meer",
			"czytaj też", "czytaj także", "zobacz też", "zobacz także", "przeczytaj też", "przeczytaj także",
			"читайте также", "смотрите также", "по теме", "相关阅读", "延伸阅读", "推荐阅读", "関連記事",
		},
	},
}

// shareVerbs say "share this"; shareNetworks are where to; shareFiller
// are the other words a row of share buttons holds.
var (
	shareVerbs = set("share", "shares", "tweet", "teilen", "teile", "sharen", "twittern", "partager",
		"partagez", "compartir", "comparte", "compartilhar", "compartilhe", "condividi", "delen", "deel",
		"udostępnij", "поделиться", "分享", "シェア", "ツイート", "分享到", "転送", "pin", "share:",
		"recommend", "empfehlen", "retweet")
	shareNetworks = set("facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit",
		"telegram", "tumblr", "xing", "flipboard", "pocket", "messenger", "email", "e-mail", "mail",
		"vk", "vkontakte", "odnoklassniki", "weibo", "wechat", "微博", "微信", "line", "threads",
		"bluesky", "mastodon", "print", "drucken", "imprimer", "imprimir", "stampa", "printen",
		"drukuj", "печать", "gmail", "sms", "hatena", "はてブ", "qq", "douban", "whats app", "google+",
		"googleplus", "google")
	shareFiller = set("this", "the", "article", "story", "post", "page", "on", "via", "with", "to",
		"link", "copy", "copied", "url", "it", "now", "your", "friends", "and", "or", "by", "diesen",
		"artikel", "beitrag", "auf", "mit", "per", "über", "cet", "article", "sur", "par", "ce", "en",
		"este", "artículo", "por", "questo", "articolo", "su", "via", "este", "artigo", "no", "dit",
		"op", "ten", "artykuł", "na", "в", "статьей", "статьёй", "これを", "この記事を", "到", "本文",
		"link kopieren", "kopieren", "copier", "le", "lien", "copiar", "enlace", "copia", "kopiuj",
		"kopiëren", "ссылку", "копировать", "links", "social", "media", "networks", "follow", "us",
		"folgen", "sie", "dies", "du", "ihren", "deinen", "freunden", "suivez-nous", "síguenos", "seguici", "siga-nos", "volg", "ons", "obserwuj",
		"подписывайтесь", "关注", "フォロー", "comments", "comment", "kommentare", "commentaires",
		"comentarios", "commenti", "comentários", "reacties", "komentarze", "комментарии", "0", "1", "2")
)

// copyrightPhrases are the reserved-rights formulas; a paragraph also counts
// as a copyright line when it opens with ©, "(c)" or "copyright" and a year.
var copyrightPhrases = []string{
	"all rights reserved", "some rights reserved", "alle rechte vorbehalten", "tous droits réservés",
	"todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
	"alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "все права защищены", "版权所有",
	"版權所有", "無断転載", "all right reserved",
	"may not be published, broadcast, rewritten", "may not be reproduced without", "reproduction of material from any",
	"without the prior written permission", "nachdruck nur mit", "nachdruck verboten", "reproduction interdite",
	"materiał chroniony prawem", "запрещено копирование", "licensed under a creative commons",
	"licensed under the creative commons", "this work is licensed under", "lizenziert unter einer creative commons",
	"sous licence creative commons", "bajo una licencia creative commons",
}

// genericTitles etc. are sets for fast lookup.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

package extract

import (
	"strings"
	"sync"
)

// The word lists of the text path. They are small on purpose: frequent
// function words tell prose from menus (jusText's stop-word density), and
// a few phrases in the common languages name the chrome that surrounds an
// article. Nothing here names a site.

// textStopwords are the most frequent function words of the languages the
// pages come in. A line of prose has many of them; a menu, a headline list
// or a credit line has few.
var textStopwords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{
		// English
		`the of and to in a is that for it as was with be by on not he i this are or his from at which but
		have an they you were her she there been one all we their has would when will its who more if
		said also after than into about can had our them then these so some could what other
		him out only do over any may such those us how where while most up being did both very`,
		// German
		`der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an
		werden aus er hat dass daß sie nach wird bei einer um am sind noch wie einem über einen so zum
		war haben nur oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom schon
		wenn habe seine ihre dann unter wir soll ich eines keine diese dieser werden würde wieder`,
		// French
		`le la les de des du un une et est en que qui dans pour pas sur au aux il elle ne se ce sont
		par plus avec son sa ses ont été être mais ou nous vous leur leurs cette comme tout fait
		aussi dont était sans peut entre très même`,
		// Spanish, Portuguese, Italian, Catalan
		`el los las del y que en un una por con para es se su al lo como más pero sus le ya o este
		fue ha sí porque esta son entre cuando muy sin sobre también me hasta hay donde han
		não uma os das dos em para com por mais mas foi ao ele ela seu sua ou quando muito nos já está
		il di che è per non sono gli della delle nel nella con si anche come dei ma ha hanno questo
		questa essere stato sia alla degli più molto`,
		// Dutch, Scandinavian
		`het een van en dat de die niet zijn op te voor met ook als aan er maar om bij nog wordt
		worden dan uit hij zij werd heeft hebben naar deze dit
		och att det som på är av för med till den har inte om ett var jag men från han hon ska kan
		og er til på med af for ikke der som at han hun var det de vil har kan ved fra`,
		// Polish, Czech, Slovak
		`się nie na że w z do to jest o jak po od za ale co przez tak przy być tym jego już dla czy
		jednak który która które ich może było także oraz tylko ze są jako
		je se na že v a s k o ve ze za by jako ale jsou pro byl bylo jeho která které také`,
		// Russian, Ukrainian
		`и в не на что с по к это как из за у от же то он она его было но для бы так все о
		были был была ли если уже или ее есть только также при после быть когда которые который
		та що з до як від за це не й він вона його було але для також який яка які їх ще є`,
		// Turkish, Indonesian, Romanian, Hungarian
		`ve bir bu da de için ile çok olarak daha gibi olan ama en kadar sonra
		yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ada ke oleh
		și în cu pe la nu din care este să mai sau fost au ca pentru
		a az és hogy nem is egy meg volt van azt de ez mint csak`,
	} {
		for _, w := range strings.Fields(list) {
			m[w] = true
		}
	}
	return m
})

// textShareWords are the words of share bars and tool links: a short line
// made of them only is chrome.
var textShareWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`share shares sharing tweet twitter x facebook email e-mail mail print
	whatsapp pinterest linkedin reddit telegram wechat weibo qzone qq line xing tumblr flipboard
	vk vkontakte ok viber messenger copy link url comment comments comentarios commentaires kommentare
	kommentar google+ google pocket save bookmark on via this article story page post
	teilen drucken merken versenden senden artikel partager imprimer envoyer
	compartir imprimir enviar condividi stampa invia delen udostępnij poleć
	поделиться твитнуть отправить печать распечатать
	分享 微信 微博 打印 评论 收藏 朋友圈 纠错 分享到 シェア ツイート 印刷 - | · •`) {
		m[w] = true
	}
	return m
})

// textCopyPhrases mark a line of any length as a copyright, licence or
// registration notice. They are matched on the lower-cased line.
var textCopyPhrases = []string{
	"all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
	"tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden",
	"wszelkie prawa zastrzeżone", "все права защищены", "всі права захищені", "版权所有", "版權所有",
	"著作権", "無断転載", "禁止转载", "icp备", "icp证", "京公网安备", "registration number", "license for",
	"this material may not be published", "may not be reproduced", "may not be republished",
}

// textBoilerPhrases mark a short line as chrome: cookie, log-in and
// subscription prompts, skip and back-to-top links. Prose may mention a
// cookie, so long lines are spared.
var textBoilerPhrases = []string{
	"cookie", "push notification", "notifications", "javascript", "newsletter",
	"sign up for", "subscribe to", "log in", "sign in", "anmelden", "registrieren", "abonnieren",
	"privacy policy", "terms of use", "terms of service", "datenschutz", "impressum",
	"skip to", "zum inhalt", "back to top", "back to the top", "nach oben", "retour en haut",
	"haut de page", "返回顶部", "回到顶部",
}

// textTailHeads are the headers of the lists that follow an article: most
// read, related, more on the topic. A short line starting with one is
// chrome, and so are the short lines under it.
var textTailHeads = []string{
	"most viewed", "most read", "most popular", "most shared", "most emailed", "related", "recommended",
	"trending", "popular", "more from", "more stories", "more news", "more on", "read more", "read also",
	"read next", "see also", "you may also like", "you might also like", "also read", "don't miss",
	"top stories", "latest news", "latest stories", "in other news", "editor's picks", "further reading",
	"lesen sie auch", "lesen sie mehr", "mehr zum thema", "mehr zu", "weitere artikel", "weitere beiträge",
	"ähnliche beiträge", "ähnliche artikel", "das könnte sie auch interessieren", "auch interessant",
	"meistgelesen", "am meisten gelesen", "verwandte artikel", "empfohlen",
	"à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "les plus lus", "à voir aussi",
	"leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti",
	"te puede interesar", "lee también", "noticias relacionadas", "lo más leído", "leia também",
	"mais lidas", "lees ook", "meest gelezen", "czytaj także", "czytaj też", "zobacz także", "polecamy",
	"читайте также", "читайте еще", "самое читаемое", "похожие", "по теме", "популярное",
	"könnte dich auch interessieren", "könnte sie auch interessieren", "könnten sie auch interessieren",
	"das könnte", "aktuelle artikel", "neueste artikel", "neue artikel", "neueste beiträge", "letzte beiträge",
	"latest articles", "recent posts", "recent articles", "other stories", "more articles", "you might also",
	"you may also", "ähnliche themen", "verwandte themen", "weitere nachrichten", "weitere meldungen",
	"aktuelle meldungen", "aktuelle nachrichten", "weitere themen", "if you enjoyed", "if you liked",
	"keep reading", "more great", "más leídas", "más leídos", "lo más visto", "lo más leído", "no dejes de leer",
	"más vistos", "le plus lu", "les plus populaires", "am häufigsten gelesen", "meistgelesene", "top-artikel", "more in", "related articles", "recommended for you", "what to read next",
	"trending now", "más información", "mas informacion", "más noticias", "te recomendamos", "siehe auch",
	"mehr dazu", "passend dazu", "zum thema", "auch lesenswert", "voir aussi", "à découvrir", "a découvrir",
	"dans la même rubrique", "leia mais", "veja também", "zie ook", "przeczytaj także", "przeczytaj też",
	"смотрите также", "другие новости", "новости по теме", "更多", "相关",
	"相关新闻", "相关阅读", "相关文章", "热门", "推荐阅读", "延伸阅读", "猜你喜欢", "关联記事", "関連記事", "関連ニュース",
}

// textCommentHeads open a comment section: whatever follows is not the
// article.
var textCommentHeads = []string{
	"leave a reply", "leave a comment", "post a comment", "add a comment", "write a comment", "comments",
	"responses", "reader comments", "join the conversation", "join the discussion",
	"schreibe einen kommentar", "schreib einen kommentar", "hinterlasse einen kommentar", "kommentar schreiben", "kommentare", "kommentieren",
	"laisser un commentaire", "commentaires", "deja un comentario", "comentarios", "lascia un commento",
	"commenti", "komentarze", "комментарии", "评论", "网友评论", "コメント",
}

// textSectionHome are the first crumbs of a breadcrumb trail, dropped from
// the section.
var textSectionHome = map[string]bool{
	"home": true, "homepage": true, "start": true, "startseite": true, "accueil": true, "inicio": true,
	"portada": true, "главная": true, "首页": true, "首頁": true, "ホーム": true, "strona główna": true,
	"home page": true,
}

// textAdLines are whole lines that label an ad slot or a photo credit
// strip inside the article.
var textAdLines = map[string]bool{
	"advertisement": true, "advertising": true, "ad": true, "sponsored": true, "sponsored content": true,
	"anzeige": true, "werbung": true, "reklama": true, "publicité": true, "publicite": true,
	"publicidad": true, "pubblicità": true, "publicidade": true, "advertentie": true, "реклама": true,
	"广告": true, "広告": true, "광고": true, "story continues below advertisement": true,
	"continue reading below": true, "article continues below": true, "scroll to continue": true,
	"weiterlesen nach der anzeige": true, "continue reading the main story": true,
}

// textConsentWords, with "cookie", make a cookie banner of a long line.
var textConsentWords = []string{
	"accept", "akzeptier", "acept", "consent", "zustimm", "einverstanden", "privacy", "datenschutz",
	"política", "politique", "navegación", "navigation", "browsing", "experience", "erfahrung",
	"experiencia", "expérience", "esperienza", "we use", "wir verwenden", "utilizamos", "nous utilisons",
}

// textTagPrefixes open tag, category and filing lines.
var textTagPrefixes = []string{
	"tags:", "tags ", "tagged", "tagged as", "schlagworte", "schlagwörter", "stichworte", "stichwörter",
	"themen:", "filed under", "posted in", "kategorie:", "kategorien:", "categories:", "category:",
	"étiquettes", "mots-clés", "mots clés", "etiquetas:", "temas:", "argomenti:", "tagi:", "теги:", "标签：", "标签:",
	"zurück zu", "zurück zur", "zurück zum", "back to",
}

// textCommentMetaWords, on a dated line, introduce a comment or a post.
var textCommentMetaWords = []string{
	"posted", "comment", "says", "said", "wrote", "reply", "schrieb", "sagt",
	"antwort", "répond", "responde", "dice", "scrive", "написал", "пишет",
}

// textReplyWords make a repeated short line a reply prompt.
var textReplyWords = []string{"reply", "antworten", "répondre", "responder", "rispondi", "ответить", "回复"}

// textCommentEvidence are words of comment threads and comment forms.
var textCommentEvidence = []string{
	"reply", "antworten", "répondre", "responder", "rispondi", "ответить", "回复",
	"says", "said", "sagt", "schrieb", "wrote", "dit :", "dice:", "написал",
	"name", "e-mail", "email", "website", "webseite", "log in to", "login to", "anmelden", "einloggen",
	"comment", "kommentar", "commentaire", "comentario", "commento", "komentarz", "коммент", "评论",
	"disqus", "no comments", "be the first", "sei der erste",
}

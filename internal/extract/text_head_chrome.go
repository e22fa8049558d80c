package extract

import "strings"

// textNavPrompts are whole lines of a site's navigation that read like
// titles: accessibility links, menu toggles and "you are here" labels, in
// the languages the corpus of chrome phrases covers.
var textNavPrompts = map[string]bool{
	"toggle navigation": true, "navigation": true, "main navigation": true, "main menu": true, "menu": true,
	"open menu": true, "close menu": true, "close this search box": true, "close search": true, "search": true,
	"you are here": true, "skip navigation": true, "skip to main content": true, "jump to navigation": true,
	"navigation überspringen": true, "zur navigation": true, "zur suche": true, "hauptnavigation": true,
	"hauptmenü": true, "menü": true, "menü öffnen": true, "menü schließen": true, "suche": true,
	"sie sind hier": true, "sie befinden sich hier": true, "metanavigation": true,
	"vous êtes ici": true, "aller au contenu": true, "aller au menu": true, "rechercher": true,
	"usted está aquí": true, "está aquí": true, "saltar al contenido": true, "buscar": true,
	"sei qui": true, "vai al contenuto": true, "cerca": true, "você está aqui": true, "pesquisar": true,
	"u bent hier": true, "zoeken": true, "jesteś tutaj": true, "szukaj": true, "вы здесь": true, "поиск": true,
}

// textNavPrompt reports whether a line is one of textNavPrompts, case and
// trailing punctuation aside.
func textNavPrompt(s string) bool {
	if len(s) > 40 {
		return false
	}
	return textNavPrompts[strings.ToLower(strings.Trim(s, " .:…»›>|"))]
}

// textURLLine reports whether a line is a web address: the date in its
// path ("https://example.com/2020/01/15/story") is the linked page's.
func textURLLine(s string) bool {
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) && strings.Count(s, " ") <= 1
}

// Tokens. See doc.go for the overview.

package syntax

// Kind is the kind of a token. The names follow CPython's Grammar/Tokens;
// operators and keywords each have their own kind, with the spelling in the
// trailing comment.
type Kind uint8

const (
	ENDMARKER Kind = iota
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT
	ERRORTOKEN // the tokenizer stopped here with an error

	// operators and delimiters
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	LBRACE           // {
	RBRACE           // }
	EQEQUAL          // ==
	NOTEQUAL         // !=
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (only inside f-string replacement fields; an error elsewhere)

	// keywords
	kwFalse    // False
	kwNone     // None
	kwTrue     // True
	kwAnd      // and
	kwAs       // as
	kwAssert   // assert
	kwAsync    // async
	kwAwait    // await
	kwBreak    // break
	kwClass    // class
	kwContinue // continue
	kwDef      // def
	kwDel      // del
	kwElif     // elif
	kwElse     // else
	kwExcept   // except
	kwFinally  // finally
	kwFor      // for
	kwFrom     // from
	kwGlobal   // global
	kwIf       // if
	kwImport   // import
	kwIn       // in
	kwIs       // is
	kwLambda   // lambda
	kwNonlocal // nonlocal
	kwNot      // not
	kwOr       // or
	kwPass     // pass
	kwRaise    // raise
	kwReturn   // return
	kwTry      // try
	kwWhile    // while
	kwWith     // with
	kwYield    // yield

	numKinds
)

var kindNames = [numKinds]string{
	ENDMARKER: "ENDMARKER", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
	NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT", ERRORTOKEN: "ERRORTOKEN",
	LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", COLON: ":", COMMA: ",", SEMI: ";",
	PLUS: "+", MINUS: "-", STAR: "*", SLASH: "/", VBAR: "|", AMPER: "&", LESS: "<",
	GREATER: ">", EQUAL: "=", DOT: ".", PERCENT: "%", LBRACE: "{", RBRACE: "}",
	EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=", GREATEREQUAL: ">=", TILDE: "~",
	CIRCUMFLEX: "^", LEFTSHIFT: "<<", RIGHTSHIFT: ">>", DOUBLESTAR: "**",
	PLUSEQUAL: "+=", MINEQUAL: "-=", STAREQUAL: "*=", SLASHEQUAL: "/=",
	PERCENTEQUAL: "%=", AMPEREQUAL: "&=", VBAREQUAL: "|=", CIRCUMFLEXEQUAL: "^=",
	LEFTSHIFTEQUAL: "<<=", RIGHTSHIFTEQUAL: ">>=", DOUBLESTAREQUAL: "**=",
	DOUBLESLASH: "//", DOUBLESLASHEQUAL: "//=", AT: "@", ATEQUAL: "@=", RARROW: "->",
	ELLIPSIS: "...", COLONEQUAL: ":=", EXCLAMATION: "!",
	kwFalse: "False", kwNone: "None", kwTrue: "True", kwAnd: "and", kwAs: "as",
	kwAssert: "assert", kwAsync: "async", kwAwait: "await", kwBreak: "break",
	kwClass: "class", kwContinue: "continue", kwDef: "def", kwDel: "del",
	kwElif: "elif", kwElse: "else", kwExcept: "except", kwFinally: "finally",
	kwFor: "for", kwFrom: "from", kwGlobal: "global", kwIf: "if", kwImport: "import",
	kwIn: "in", kwIs: "is", kwLambda: "lambda", kwNonlocal: "nonlocal", kwNot: "not",
	kwOr: "or", kwPass: "pass", kwRaise: "raise", kwReturn: "return", kwTry: "try",
	kwWhile: "while", kwWith: "with", kwYield: "yield",
}

func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "?"
}

// IsKeyword reports whether k is a (hard) keyword.
func (k Kind) IsKeyword() bool { return k >= kwFalse && k < numKinds }

var keywords = func() map[string]Kind {
	m := make(map[string]Kind)
	for k := kwFalse; k < numKinds; k++ {
		m[kindNames[k]] = k
	}
	return m
}()

// Token is one token. Start and End are byte offsets into the (newline-
// normalized) source; Line/Col and EndLine/EndCol are CPython's token
// positions (1-based lines, 0-based byte columns). Level is the bracket depth
// after the token, as CPython's tokenizer records it.
type Token struct {
	Kind            Kind
	Level           int16
	Start, End      int32
	Line, Col       int32
	EndLine, EndCol int32
	Norm            int32 // for a non-ASCII NAME: 1 + index of its NFKC form in scanner.norms, or 0
}

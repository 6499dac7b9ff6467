// Opcodes. See doc.go for the machine model and the encoding.

package compile

// Op is an opcode: the low byte of an instruction.
type Op uint8

// The opcodes, each with its stack picture (before → after; the top is on the right).
const (
	NOP                  Op = iota // –
	POP_TOP                        // x → –
	COPY                           // x_n … x_1 → x_n … x_1 x_n      (arg n ≥ 1)
	SWAP                           // x_n … x_1 → x_1 … x_n          (arg n ≥ 2)
	LOAD_CONST                     // – → consts[arg]
	LOAD_FAST                      // – → localsplus[arg]            (UnboundLocalError if empty)
	STORE_FAST                     // x → –
	DELETE_FAST                    // –
	LOAD_DEREF                     // – → cell contents (localsplus[arg] is a cell)
	STORE_DEREF                    // x → –
	DELETE_DEREF                   // –
	LOAD_CLASSDEREF                // – → the class namespace's value of the cell's name, else the cell's contents
	LOAD_CLOSURE                   // – → the cell itself
	LOAD_GLOBAL                    // – → globals or builtins [names[arg]]
	STORE_GLOBAL                   // x → –
	DELETE_GLOBAL                  // –
	LOAD_NAME                      // – → locals, globals or builtins [names[arg]]
	STORE_NAME                     // x → –
	DELETE_NAME                    // –
	LOAD_ATTR                      // obj → obj.names[arg]
	STORE_ATTR                     // value obj → –
	DELETE_ATTR                    // obj → –
	LOAD_METHOD                    // obj → meth self   or   NULL bound   (arg: name)
	BINARY_OP                      // a b → a op b                  (arg: BinOp*; in-place forms ≥ 13)
	UNARY_NEGATIVE                 // x → -x
	UNARY_POSITIVE                 // x → +x
	UNARY_INVERT                   // x → ~x
	UNARY_NOT                      // x → not x
	COMPARE_OP                     // a b → a op b                  (arg: object.CompareOp)
	IS_OP                          // a b → a is b                  (arg 1: is not)
	CONTAINS_OP                    // a b → a in b                  (arg 1: not in)
	BINARY_SUBSCR                  // obj key → obj[key]
	STORE_SUBSCR                   // value obj key → –
	DELETE_SUBSCR                  // obj key → –
	BUILD_SLICE                    // start stop [step] → slice      (arg 2 or 3)
	BUILD_TUPLE                    // x_1 … x_n → (x_1, …, x_n)
	BUILD_LIST                     // x_1 … x_n → [x_1, …, x_n]
	BUILD_SET                      // x_1 … x_n → {x_1, …, x_n}
	BUILD_MAP                      // k_1 v_1 … k_n v_n → {…}
	BUILD_CONST_KEY_MAP            // v_1 … v_n keys → {…}          (keys: a tuple constant)
	LIST_APPEND                    // list … x → list …              (list at arg below x)
	SET_ADD                        // set … x → set …
	MAP_ADD                        // map … k v → map …
	LIST_EXTEND                    // list … it → list …
	SET_UPDATE                     // set … it → set …
	DICT_UPDATE                    // map … m → map …
	DICT_MERGE                     // map … m → map …               (duplicate keys are an error: f(**a, **b))
	LIST_TO_TUPLE                  // list → tuple
	BUILD_STRING                   // s_1 … s_n → s_1 + … + s_n
	FORMAT_VALUE                   // x [spec] → format(x, spec)      (arg: conversion | 4 if a spec is present)
	JUMP                           // –                               (arg: target)
	POP_JUMP_IF_FALSE              // x → –
	POP_JUMP_IF_TRUE               // x → –
	JUMP_IF_FALSE_OR_POP           // x → x (jump) or –
	JUMP_IF_TRUE_OR_POP            // x → x (jump) or –
	POP_JUMP_IF_NOT_NONE           // x → –
	GET_ITER                       // x → iter(x)
	FOR_ITER                       // it → it next(it)   or, exhausted, – and jump to arg
	UNPACK_SEQUENCE                // seq → x_n … x_1                (x_1 on top)
	UNPACK_EX                      // seq → x_n … rest … x_1          (arg: before | after<<8)
	MAKE_FUNCTION                  // [defaults] [kwdefaults] [annotations] [closure] code → function
	CALL                           // f a_1 … a_n → f(a_1, …, a_n)   (the last len(kwnames) are keywords)
	KW_NAMES                       // –                               (the next CALL's keyword names: consts[arg])
	CALL_FUNCTION_EX               // f args [kwargs] → f(*args, **kwargs) (arg 1: kwargs present)
	RETURN_VALUE                   // x → (returned)
	YIELD_VALUE                    // x → sent                       (the frame is suspended between)
	GET_YIELD_FROM_ITER            // x → iter(x), or x if a generator
	YIELD_FROM                     // it v → it yielded… → result   (repeats while the subiterator yields)
	SETUP_FINALLY                  // –                               (pushes a block: handler arg, level sp)
	SETUP_WITH                     // cm → exit enter()             (pushes a block after exit)
	POP_BLOCK                      // –
	POP_EXCEPT                     // –                               (pops an except-handler block, restoring the handled exception)
	RERAISE                        // exc → (raised again, traceback unchanged)
	RAISE_VARARGS                  // [exc [cause]] → (raised)        (arg 0, 1 or 2)
	CHECK_EXC_MATCH                // exc type → exc bool
	WITH_EXCEPT_START              // exit exc → exit exc exit(type, exc, tb)
	LOAD_BUILD_CLASS               // – → builtins.__build_class__
	LOAD_ASSERTION_ERROR           // – → AssertionError
	IMPORT_NAME                    // level fromlist → module       (arg: name)
	IMPORT_FROM                    // module → module module.name
	IMPORT_STAR                    // module → –
	SETUP_ANNOTATIONS              // –
	PRINT_EXPR                     // x → –                           (the interactive prompt)
	DICT_MERGE_KW                  // unused
	CALL_METHOD                    // meth self a_1 … a_n → meth(self, a_1, …)  or  NULL f a_1 … a_n → f(a_1, …)
	POP_JUMP_IF_NONE               // x → –                           (`if x is None`, CPython 3.11's)
	numOps
)

// Binary operator arguments of BINARY_OP (CPython 3.11's NB_* numbering, with the
// in-place forms at +13).
const (
	BinAdd = iota
	BinAnd
	BinFloorDiv
	BinLshift
	BinMatMul
	BinMul
	BinMod
	BinOr
	BinPow
	BinRshift
	BinSub
	BinTrueDiv
	BinXor
	BinInplace = 13
)

// BinSymbols spells BINARY_OP's arguments.
var BinSymbols = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="}

var opNames = [...]string{"NOP", "POP_TOP", "COPY", "SWAP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST",
	"LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLASSDEREF", "LOAD_CLOSURE", "LOAD_GLOBAL", "STORE_GLOBAL",
	"DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD",
	"BINARY_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_INVERT", "UNARY_NOT", "COMPARE_OP", "IS_OP",
	"CONTAINS_OP", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BUILD_SLICE", "BUILD_TUPLE", "BUILD_LIST",
	"BUILD_SET", "BUILD_MAP", "BUILD_CONST_KEY_MAP", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND",
	"SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "BUILD_STRING", "FORMAT_VALUE", "JUMP",
	"POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "POP_JUMP_IF_NOT_NONE",
	"GET_ITER", "FOR_ITER", "UNPACK_SEQUENCE", "UNPACK_EX", "MAKE_FUNCTION", "CALL", "KW_NAMES", "CALL_FUNCTION_EX",
	"RETURN_VALUE", "YIELD_VALUE", "GET_YIELD_FROM_ITER", "YIELD_FROM", "SETUP_FINALLY", "SETUP_WITH", "POP_BLOCK",
	"POP_EXCEPT", "RERAISE", "RAISE_VARARGS", "CHECK_EXC_MATCH", "WITH_EXCEPT_START", "LOAD_BUILD_CLASS",
	"LOAD_ASSERTION_ERROR", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR", "SETUP_ANNOTATIONS", "PRINT_EXPR",
	"DICT_MERGE_KW", "CALL_METHOD", "POP_JUMP_IF_NONE"}

func (op Op) String() string {
	if int(op) < len(opNames) {
		return opNames[op]
	}
	return "???"
}

// hasJump reports whether op's argument is a jump target.
func (op Op) hasJump() bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
		POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, FOR_ITER, SETUP_FINALLY, SETUP_WITH:
		return true
	}
	return false
}

// stackEffect returns the change of stack depth of an instruction: on the fall-through
// path, and on the jump path (for jumps).
func stackEffect(op Op, arg int) (fall, jump int) {
	switch op {
	case NOP, JUMP, KW_NAMES, SETUP_ANNOTATIONS, POP_BLOCK, POP_EXCEPT, DELETE_FAST, DELETE_DEREF,
		DELETE_GLOBAL, DELETE_NAME, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT, GET_ITER,
		LOAD_ATTR, LIST_TO_TUPLE, GET_YIELD_FROM_ITER, YIELD_VALUE, SWAP:
		return 0, 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR, BINARY_OP, COMPARE_OP,
		IS_OP, CONTAINS_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
		DICT_MERGE, RETURN_VALUE, RERAISE, IMPORT_STAR, PRINT_EXPR, IMPORT_NAME, YIELD_FROM:
		return -1, -1
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE:
		return -1, -1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		return -1, 0
	case COPY, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, LOAD_GLOBAL, LOAD_NAME,
		LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, IMPORT_FROM, WITH_EXCEPT_START:
		return 1, 1
	case LOAD_METHOD:
		return 1, 1
	case CHECK_EXC_MATCH:
		return 0, 0
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD:
		return -2, -2
	case STORE_SUBSCR:
		return -3, -3
	case BUILD_SLICE:
		return 1 - arg, 1 - arg
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg, 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg, 1 - 2*arg
	case BUILD_CONST_KEY_MAP:
		return -arg, -arg
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return -1, -1
		}
		return 0, 0
	case FOR_ITER:
		return 1, -1
	case UNPACK_SEQUENCE:
		return arg - 1, arg - 1
	case UNPACK_EX:
		return (arg & 0xff) + (arg >> 8), (arg & 0xff) + (arg >> 8)
	case MAKE_FUNCTION:
		n := 0
		for f := 1; f <= 8; f <<= 1 {
			if arg&f != 0 {
				n--
			}
		}
		return n, n
	case CALL:
		return -arg, -arg
	case CALL_METHOD:
		return -arg - 1, -arg - 1
	case CALL_FUNCTION_EX:
		return -1 - arg&1, -1 - arg&1
	case RAISE_VARARGS:
		return -arg, -arg
	case SETUP_FINALLY:
		return 0, 1
	case SETUP_WITH:
		return 1, 1
	}
	return 0, 0
}

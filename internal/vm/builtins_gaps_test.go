package vm

import "testing"

// TestSlotWrappersAndAliases pins the kinds of built-in special methods
// (wrapper_descriptor, method-wrapper), generic aliases and __mro_entries__.
func TestSlotWrappersAndAliases(t *testing.T) {
	in := newInterp(t)
	rt := in.RT
	rt.DictSetStr(in.Builtins, "int", rt.IntType.Ref)
	rt.DictSetStr(in.Builtins, "list", rt.ListType.Ref)
	rt.DictSetStr(in.Builtins, "dict", rt.DictType.Ref)
	rt.DictSetStr(in.Builtins, "type", rt.TypeType.Ref)
	rt.DictSetStr(in.Builtins, "object", rt.ObjectType.Ref)
	for _, tc := range []struct{ src, want string }{
		{"r = type(int.__add__).__name__, type((1).__add__).__name__", "('wrapper_descriptor', 'method-wrapper')"},
		{"r = type(object.__init__).__name__, type(object().__init__).__name__", "('wrapper_descriptor', 'method-wrapper')"},
		{"r = type(list.__getitem__).__name__, type(list.__len__).__name__", "('method_descriptor', 'wrapper_descriptor')"},
		{"r = int.__add__", "<slot wrapper '__add__' of 'int' objects>"},
		{"r = int.__add__(2, 3), (2).__add__(3), int.__add__.__get__(4)(5)", "(5, 5, 9)"},
		{"r = (9).__add__ == (9).__add__, int.__add__.__qualname__", "(True, 'int.__add__')"},
		{"int.__add__('a', 1)", "raised TypeError: descriptor '__add__' requires a 'int' object but received a 'str'"},
		{"int.__add__()", "raised TypeError: descriptor '__add__' of 'int' object needs an argument"},
		{"r = list[int], dict[str, list[int]], type[int]", "(list[int], dict[str, list[int]], type[int])"},
		{"a = list[int]\nr = a.__origin__, a.__args__, a(range(2))", "(<class 'list'>, (<class 'int'>,), [0, 1])"},
		{"r = list[int] == list[int], list[int] == list[str]", "(True, False)"},
		{"class A(list[int]): pass\nr = A.__bases__, A.__orig_bases__", "((<class 'list'>,), (list[int],))"},
		{"list[int][int]", "raised TypeError: list[int] is not a generic class"},
		{"int[int]", "raised TypeError: type 'int' is not subscriptable"},
	} {
		if got := exec(t, in, tc.src); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

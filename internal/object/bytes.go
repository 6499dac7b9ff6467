// bytes and bytearray.

package object

func (rt *Runtime) initBytes() {
	rt.BytesType.Dealloc = func(rt *Runtime, r Ref) { rt.FreeObject(r) }
}

func (rt *Runtime) initByteArray() {}

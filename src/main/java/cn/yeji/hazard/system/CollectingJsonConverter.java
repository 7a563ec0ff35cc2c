package cn.yeji.hazard.system;

import java.io.IOException;
import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.DeferredBindingException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies of the API's own types collecting every binding problem instead of stopping at
 * the first, so one 400 names every field with a wrong type or value. Writes nothing: responses go
 * through the standard converter.
 */
class CollectingJsonConverter extends JacksonJsonHttpMessageConverter {

	private static final String API_MODEL = "cn.yeji.hazard.api.model.";

	CollectingJsonConverter(JsonMapper mapper) {
		super(mapper);
	}

	@Override
	public boolean canRead(ResolvableType type, MediaType mediaType) {
		return type.resolve() != null && type.resolve().getName().startsWith(API_MODEL) && super.canRead(type, mediaType);
	}

	@Override
	public boolean canWrite(ResolvableType type, Class<?> clazz, MediaType mediaType) {
		return false;
	}

	@Override
	public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) throws IOException {
		byte[] body = input.getBody().readAllBytes();
		JavaType javaType = getMapper().constructType(type.getType());
		try {
			return ApiRequests.collecting(getMapper(), javaType, body);
		}
		catch (DeferredBindingException ex) {
			throw new HttpMessageNotReadableException("request body has " + ex.getProblemCount() + " binding problem(s)", ex,
					input);
		}
		catch (JacksonException ex) {
			throw new HttpMessageNotReadableException("request body is not readable: " + ex.getOriginalMessage(), ex, input);
		}
	}

}

package io.fruition.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class NulCharacterFilterTest {

    private final NulCharacterFilter filter = new NulCharacterFilter();

    @Test
    void a_nul_in_the_path_the_query_or_a_form_field_is_refused_before_anything_reads_it() throws Exception {
        MockHttpServletRequest path = new MockHttpServletRequest("GET", "/api/ideas/NG-%001");
        MockHttpServletRequest query = new MockHttpServletRequest("GET", "/api/ideas");
        query.setQueryString("q=a%00b");
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/login");
        form.setContentType("application/x-www-form-urlencoded");
        form.setContent("username=nora%00&password=x".getBytes(StandardCharsets.US_ASCII));

        for (MockHttpServletRequest request : new MockHttpServletRequest[] {path, query, form}) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = run(request, chain);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("NUL character");
            assertThat(chain.getRequest()).as("nothing behind the filter saw it").isNull();
        }
    }

    @Test
    void a_json_body_with_the_nul_escape_or_a_nul_byte_is_refused_an_escaped_backslash_is_not() throws Exception {
        assertThat(runJson("{\"title\":\"a\\u0000b\"}").getStatus()).isEqualTo(400);
        assertThat(runJson("{\"title\":\"a\0b\"}").getStatus()).isEqualTo(400);

        MockFilterChain chain = new MockFilterChain();
        String text = "{\"title\":\"C:\\\\u0000 is a folder, \\u00e9 an accent\"}";
        MockHttpServletResponse response = run(json(text), chain);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest().getInputStream().readAllBytes()).as("the body reaches the route whole")
                .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(chain.getRequest().getContentLength()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void a_form_read_here_is_still_read_whole_downstream_as_parameters_and_as_a_stream() throws Exception {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/login");
        form.setContentType("application/x-www-form-urlencoded");
        form.setQueryString("continue");
        form.addParameter("continue", "");
        byte[] body = "username=n%C3%B3ra&password=a+b%26c&tag=1&tag=2".getBytes(StandardCharsets.US_ASCII);
        form.setContent(body);
        MockFilterChain chain = new MockFilterChain();

        assertThat(run(form, chain).getStatus()).isEqualTo(200);
        var passed = chain.getRequest();
        assertThat(passed.getParameter("username")).isEqualTo("nóra");
        assertThat(passed.getParameter("password")).isEqualTo("a b&c");
        assertThat(passed.getParameterValues("tag")).containsExactly("1", "2");
        assertThat(passed.getParameterMap()).containsKey("continue");
        assertThat(passed.getInputStream().readAllBytes()).isEqualTo(body);
        assertThat(passed.getInputStream().readAllBytes()).as("and again").isEqualTo(body);
    }

    @Test
    void files_pass_untouched_and_a_text_body_over_the_limit_is_413() throws Exception {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/ideas/NG-1/attachments");
        upload.setContentType("multipart/form-data; boundary=x");
        upload.setContent(new byte[] {0, 0, 0});
        MockFilterChain chain = new MockFilterChain();
        assertThat(run(upload, chain).getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isSameAs(upload);

        MockHttpServletRequest huge = json("\"" + "x".repeat(NulCharacterFilter.MAX_TEXT_BODY) + "\"");
        MockFilterChain none = new MockFilterChain();
        assertThat(run(huge, none).getStatus()).isEqualTo(413);
        assertThat(none.getRequest()).isNull();
    }

    private MockHttpServletResponse runJson(String body) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = run(json(body), chain);
        assertThat(chain.getRequest()).isNull();
        return response;
    }

    private static MockHttpServletRequest json(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/1/complete");
        request.setContentType("application/json; charset=UTF-8");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}

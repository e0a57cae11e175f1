package cn.tenstrong.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.ParkProfile;
import cn.tenstrong.evaluation.ParkProfiles;
import cn.tenstrong.evaluation.SubjectHistory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** 园区档案 pages: the parks the caller may see with how they placed in the newest park round, and one park's profile. */
@Controller
@PreAuthorize("hasAuthority('evaluation:round:read')")
class ParkPages {

    private final ParkProfiles parks;

    ParkPages(ParkProfiles parks) {
        this.parks = parks;
    }

    @GetMapping("/parks")
    String parks(Model model) {
        model.addAttribute("parks", parks.parks());
        model.addAttribute("ranking", parks.ranking().orElse(null));
        return "evaluation/parks";
    }

    @GetMapping("/parks/{id}")
    String park(@PathVariable long id, Model model) {
        model.addAttribute("profile", parks.profile(id));
        return "evaluation/park";
    }

    /** The history line's data: per frozen round its label, total and rank. */
    @GetMapping("/parks/{id}/chart")
    @ResponseBody
    Map<String, Object> chart(@PathVariable long id) {
        ParkProfile profile = parks.profile(id);
        return Map.of("history", historySeries(profile.history()));
    }

    static List<Map<String, Object>> historySeries(List<SubjectHistory> history) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SubjectHistory h : history) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", h.year() + " " + h.roundName());
            point.put("total", h.total());
            point.put("rank", h.rank());
            out.add(point);
        }
        return out;
    }
}
